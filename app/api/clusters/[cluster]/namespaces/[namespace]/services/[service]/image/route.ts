// POST /api/clusters/<cluster>/namespaces/<namespace>/services/<service>/image: kubectl set image ({ tag | image, container?, reason?, generation? }).
import { defineRoute } from "@/lib/audit/door/define-route";
import { setImageSpec } from "@/lib/deploy/actions/action-specs";

export const dynamic = "force-dynamic";

export const POST = defineRoute(setImageSpec());
