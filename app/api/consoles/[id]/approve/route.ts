// POST /api/consoles/<id>/approve: an SRE other than the requester approves a production console ({ durationMinutes?, note? }); it must then start within the approval window.
import { defineRoute } from "@/lib/audit/door/define-route";
import { approveConsoleSpec } from "@/lib/console/requests/decide-console-request";

export const dynamic = "force-dynamic";

export const POST = defineRoute(approveConsoleSpec);
