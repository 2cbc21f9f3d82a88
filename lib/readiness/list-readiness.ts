import "server-only";
import { evaluateServices } from "./evaluate-services";
import { ensureReadinessRecorder } from "./readiness-recorder";
import { clusterState, loadChecklist } from "./readiness-context";
import { listScoreTrends } from "./store/readiness-snapshots";
import type { ReadinessOverviewDto, ReadinessRowDto } from "./types";

// The overview: every service against every standard, worst first (no score sorts last,
// then lowest score, then most work left), with each one's 30-day trend for campaigns.

const TREND_DAYS = 30;

export async function listReadiness(filter: { team?: string } = {}): Promise<ReadinessOverviewDto> {
  ensureReadinessRecorder();
  const { checklist, error } = loadChecklist();
  const [services, trends] = await Promise.all([evaluateServices(), listScoreTrends(new Date(Date.now() - TREND_DAYS * 86_400_000))]);
  const teams = [...new Set(services.map((s) => s.team).filter((t): t is string => !!t))].sort();
  const rows: ReadinessRowDto[] = services
    .filter((s) => !filter.team || s.team === filter.team)
    .map((s) => {
      const trend = (trends.get(s.service) ?? []).map((p) => p.score).filter((v): v is number => v !== null);
      const todo = s.standards.flatMap((st) => st.items).filter((i) => i.status === "fail" || i.status === "open" || i.status === "stale").length;
      return {
        service: s.service,
        team: s.team,
        score: s.score,
        level: s.level,
        standards: Object.fromEntries(s.standards.map((st) => [st.id, st.score])),
        todo,
        trend,
        change: trend.length > 0 && s.score !== null ? s.score - trend[0]! : null,
      };
    })
    .sort((a, b) => (a.score ?? 101) - (b.score ?? 101) || b.todo - a.todo || a.service.localeCompare(b.service));
  return {
    standards: checklist.standards.map((s) => ({ id: s.id, title: s.title })),
    levels: checklist.levels,
    rows,
    teams,
    cluster: clusterState(),
    checklistError: error,
    evaluatedAt: new Date().toISOString(),
  };
}
