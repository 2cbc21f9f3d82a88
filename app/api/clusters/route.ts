// GET /api/clusters: every cluster Pier shows, with its environment, reachability and last sync.
import { listClusters } from "@/lib/environments/list-environments";
import { environmentReadRoute } from "@/lib/environments/require-reader";
import { getClusters } from "@/lib/kube/cluster-registry";

export const dynamic = "force-dynamic";

export const GET = environmentReadRoute(() => listClusters(getClusters()));
