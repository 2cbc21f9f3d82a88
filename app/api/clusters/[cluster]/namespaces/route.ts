// GET /api/clusters/<cluster>/namespaces: the cluster's environments with health, requests and URL.
// POST /api/clusters/<cluster>/namespaces: deploy a branch ({ branch, commit?, reason? }): its namespace and every service at that commit.
import { defineRoute } from "@/lib/audit/door/define-route";
import { deploySpec } from "@/lib/deploy/deploy-specs";
import { listClusterEnvironments } from "@/lib/environments/list-environments";
import { environmentReadRoute } from "@/lib/environments/require-reader";
import { getClusters } from "@/lib/kube/cluster-registry";

export const dynamic = "force-dynamic";

export const GET = environmentReadRoute<{ cluster: string }>(({ cluster }) => listClusterEnvironments(getClusters(), cluster));

export const POST = defineRoute(deploySpec());
