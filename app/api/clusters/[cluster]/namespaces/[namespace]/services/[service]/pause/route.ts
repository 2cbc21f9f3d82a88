// POST /api/clusters/<cluster>/namespaces/<namespace>/services/<service>/pause: kubectl rollout pause ({ reason?, generation? }).
import { defineRoute } from "@/lib/audit/door/define-route";
import { pauseSpec } from "@/lib/deploy/actions/action-specs";

export const dynamic = "force-dynamic";

export const POST = defineRoute(pauseSpec());
