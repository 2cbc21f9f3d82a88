// POST /api/clusters/<cluster>/namespaces/<namespace>/services/<service>/scale: kubectl scale through /scale ({ replicas, reason?, generation? }); outside an autoscaler's range is refused.
import { defineRoute } from "@/lib/audit/door/define-route";
import { scaleSpec } from "@/lib/deploy/actions/action-specs";

export const dynamic = "force-dynamic";

export const POST = defineRoute(scaleSpec());
