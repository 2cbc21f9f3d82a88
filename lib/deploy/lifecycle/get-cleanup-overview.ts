import "server-only";
import { env } from "@/lib/env";
import { getClusters } from "@/lib/kube/cluster-registry";
import { cleanupScheduleState } from "./cleanup-schedule";
import { planCleanup, type CleanupPlanDto } from "./plan-cleanup";

// The dry-run page and GET /api/environments/cleanup: what the next round would delete, and
// what the schedule did last in this process.

export type CleanupOverviewDto = CleanupPlanDto & { schedule: ReturnType<typeof cleanupScheduleState> };

export async function getCleanupOverview(): Promise<CleanupOverviewDto> {
  const clusters = getClusters();
  await Promise.all(clusters.list().map((c) => c.whenSettled(5_000)));
  return { ...planCleanup(clusters, env.PIER_ENVIRONMENT_TTL_HOURS), schedule: cleanupScheduleState() };
}
