// GET /api/consoles?person=&service=&production=&review=&status=&q=&cursor=: console sessions the caller may see, newest first (a search over typed lines is audited).
// POST /api/consoles: request a console ({ cluster, namespace, service, reason, ticketUrl?, container?, pod?, command?, durationMinutes? }).
import { defineReadRoute } from "@/lib/audit/door/define-read-route";
import { defineRoute } from "@/lib/audit/door/define-route";
import { consoleListFilters } from "@/lib/console/read/console-list-filters";
import { listConsoleSessions } from "@/lib/console/read/list-console-sessions";
import { requestConsoleSpec } from "@/lib/console/requests/request-console-session";
import { getClusters } from "@/lib/kube/cluster-registry";

export const dynamic = "force-dynamic";

export const GET = defineReadRoute({ action: "profile.read", query: consoleListFilters, run: (filters, { actor, request }) => listConsoleSessions(actor, filters, request) });

export const POST = defineRoute(requestConsoleSpec(getClusters));
