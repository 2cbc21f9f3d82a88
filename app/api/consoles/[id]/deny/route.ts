// POST /api/consoles/<id>/deny: an SRE other than the requester denies a production console ({ note }).
import { defineRoute } from "@/lib/audit/door/define-route";
import { denyConsoleSpec } from "@/lib/console/requests/decide-console-request";

export const dynamic = "force-dynamic";

export const POST = defineRoute(denyConsoleSpec);
