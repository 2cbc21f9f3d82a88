// GET /api/readyz: 200 when Pier can serve (database reachable), 503 otherwise; each cluster is reported, never fatal.
import { checkReadiness } from "@/lib/health/readiness";

export const dynamic = "force-dynamic";

export async function GET() {
  const readiness = await checkReadiness();
  return Response.json(
    { status: readiness.ready ? "ready" : "not ready", checks: readiness.checks, clusters: readiness.clusters },
    { status: readiness.ready ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
