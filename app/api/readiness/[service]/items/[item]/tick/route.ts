// POST /api/readiness/<service>/items/<item>/tick: tick a manual item with evidence ({ evidenceUrl?, evidenceNote? }); lead of the owning team or SRE. Answers the service's readiness after it.
import { defineRoute } from "@/lib/audit/door/define-route";
import { tickSpec } from "@/lib/readiness/actions/readiness-writes";

export const dynamic = "force-dynamic";

export const POST = defineRoute(tickSpec);
