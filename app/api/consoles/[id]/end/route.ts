// POST /api/consoles/<id>/end: end a running console or withdraw a request (its owner, or an SRE).
import { defineRoute } from "@/lib/audit/door/define-route";
import { endConsoleSpec } from "@/lib/console/requests/end-console-session";

export const dynamic = "force-dynamic";

export const POST = defineRoute(endConsoleSpec);
