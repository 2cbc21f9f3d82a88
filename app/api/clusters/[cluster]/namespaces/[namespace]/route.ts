// GET /api/clusters/<cluster>/namespaces/<namespace>: one environment's services, routes and warnings.
import { getEnvironment } from "@/lib/environments/get-environment";
import { environmentReadRoute } from "@/lib/environments/require-reader";
import { getClusters } from "@/lib/kube/cluster-registry";

export const dynamic = "force-dynamic";

export const GET = environmentReadRoute<{ cluster: string; namespace: string }>(({ cluster, namespace }) => getEnvironment(getClusters(), cluster, namespace));
