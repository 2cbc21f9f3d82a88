// POST /api/clusters/<cluster>/namespaces/<namespace>/services/<service>/restart: kubectl rollout restart ({ reason?, generation? }); paused Deployments are refused.
import { defineRoute } from "@/lib/audit/door/define-route";
import { restartSpec } from "@/lib/deploy/actions/action-specs";

export const dynamic = "force-dynamic";

export const POST = defineRoute(restartSpec());
