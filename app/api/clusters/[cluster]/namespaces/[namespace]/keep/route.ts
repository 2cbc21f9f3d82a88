// POST /api/clusters/<cluster>/namespaces/<namespace>/keep: keep a branch environment until a date ({ until, reason? }, at most 90 days); its owner or an SRE.
import { defineRoute } from "@/lib/audit/door/define-route";
import { keepSpec } from "@/lib/deploy/lifecycle/environment-specs";

export const dynamic = "force-dynamic";

export const POST = defineRoute(keepSpec());
