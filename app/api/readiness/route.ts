// GET /api/readiness?team=<slug>: every service against every standard, worst first.
import { listReadiness } from "@/lib/readiness/list-readiness";
import { readinessReadRoute } from "@/lib/readiness/readiness-read-route";

export const dynamic = "force-dynamic";

export const GET = readinessReadRoute((_params, query) => listReadiness({ team: query.get("team") ?? undefined }));
