import "server-only";
import { evaluateServices } from "./evaluate-services";
import { ensureReadinessRecorder } from "./readiness-recorder";
import { loadChecklist } from "./readiness-context";
import { listSnapshots } from "./store/readiness-snapshots";
import type { ScoreHistoryDto, ServiceReadinessDto } from "./types";

/** One service's readiness now, or null when Pier knows no service of that name. */
export async function getServiceReadiness(service: string): Promise<ServiceReadinessDto | null> {
  ensureReadinessRecorder();
  const [dto] = await evaluateServices(service);
  return dto ?? null;
}

/** The service's score history over the last `days` days, for the chart. */
export async function getScoreHistory(service: string, days: number): Promise<ScoreHistoryDto> {
  const { checklist } = loadChecklist();
  const points = await listSnapshots(service, new Date(Date.now() - days * 86_400_000));
  return { service, levels: checklist.levels, standards: checklist.standards.map((s) => ({ id: s.id, title: s.title })), points };
}
