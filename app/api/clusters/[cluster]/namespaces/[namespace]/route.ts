// GET /api/clusters/<cluster>/namespaces/<namespace>: one environment's services, routes and warnings.
// DELETE /api/clusters/<cluster>/namespaces/<namespace>: delete a branch environment ({ reason? }); its owner or an SRE.
import { defineRoute } from "@/lib/audit/door/define-route";
import { deleteEnvironmentSpec } from "@/lib/deploy/lifecycle/environment-specs";
import { getEnvironment } from "@/lib/environments/get-environment";
import { environmentReadRoute } from "@/lib/environments/require-reader";
import { getClusters } from "@/lib/kube/cluster-registry";

export const dynamic = "force-dynamic";

export const GET = environmentReadRoute<{ cluster: string; namespace: string }>(({ cluster, namespace }) => getEnvironment(getClusters(), cluster, namespace));

export const DELETE = defineRoute(deleteEnvironmentSpec());
