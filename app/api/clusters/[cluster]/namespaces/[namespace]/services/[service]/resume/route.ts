// POST /api/clusters/<cluster>/namespaces/<namespace>/services/<service>/resume: kubectl rollout resume ({ reason?, generation? }).
import { defineRoute } from "@/lib/audit/door/define-route";
import { resumeSpec } from "@/lib/deploy/actions/action-specs";

export const dynamic = "force-dynamic";

export const POST = defineRoute(resumeSpec());
