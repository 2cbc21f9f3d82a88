// POST /api/readiness/<service>/items/<item>/exempt: exempt an item ({ reason, expiresAt }); lead of the owning team or SRE. Answers the service's readiness after it.
import { defineRoute } from "@/lib/audit/door/define-route";
import { exemptSpec } from "@/lib/readiness/actions/readiness-writes";

export const dynamic = "force-dynamic";

export const POST = defineRoute(exemptSpec);
