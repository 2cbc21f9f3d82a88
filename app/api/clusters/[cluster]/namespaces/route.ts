// GET /api/clusters/<cluster>/namespaces: the cluster's environments with health, requests and URL.
import { listClusterEnvironments } from "@/lib/environments/list-environments";
import { environmentReadRoute } from "@/lib/environments/require-reader";
import { getClusters } from "@/lib/kube/cluster-registry";

export const dynamic = "force-dynamic";

export const GET = environmentReadRoute<{ cluster: string }>(({ cluster }) => listClusterEnvironments(getClusters(), cluster));
