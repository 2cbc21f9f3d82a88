// POST /api/readiness/<service>/items/<item>/untick: remove a tick or an exemption ({ reason? }); lead of the owning team or SRE. Answers the service's readiness after it.
import { defineRoute } from "@/lib/audit/door/define-route";
import { untickSpec } from "@/lib/readiness/actions/readiness-writes";

export const dynamic = "force-dynamic";

export const POST = defineRoute(untickSpec);
