// POST /api/consoles/<id>/review: an auditor marks a finished session approved or flagged ({ verdict: "approved" | "flagged", note? }; a flag needs a note).
import { defineRoute } from "@/lib/audit/door/define-route";
import { reviewConsoleSpec } from "@/lib/console/requests/review-console-session";

export const dynamic = "force-dynamic";

export const POST = defineRoute(reviewConsoleSpec);
