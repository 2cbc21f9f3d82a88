// GET /api/readiness/<service>/history?days=90: score snapshots over time, oldest first.
import { getScoreHistory } from "@/lib/readiness/get-service-readiness";
import { readinessReadRoute } from "@/lib/readiness/readiness-read-route";

export const dynamic = "force-dynamic";

export const GET = readinessReadRoute<{ service: string }>(async ({ service }, query) => {
  const days = Math.min(365, Math.max(1, Number(query.get("days")) || 90));
  return getScoreHistory(service, days);
});
