import "server-only";
import { summarizeUsage, WINDOW_DAYS, type UsageDigest } from "../advice/summarize-usage";
import { countOomKills } from "../store/container-terminations";
import { minuteOf, type Db } from "../store/db";
import { readUsageDays } from "../store/usage-days";
import { findWorkloadSeries } from "../store/usage-series";

// One workload's history summary per container, for advice and flags: the window's digest and
// its OOM kills. A database that cannot answer is a reason, not a failure of the page.

export interface WorkloadHistory {
  digests: Map<string, UsageDigest>;
  oomKills: Map<string, number>;
  /** Why there is no history at all (the database is down). */
  problem?: string;
}

export async function loadWorkloadHistory(source: { readonly db: Db }, cluster: string, namespace: string, workload: string, nowMs: number): Promise<WorkloadHistory> {
  try {
    const db = source.db; // inside the try: no database configured is a reason too
    const series = await findWorkloadSeries(db, cluster, namespace, workload);
    const ids = series.map((s) => s.id);
    const fromMinute = minuteOf(nowMs) - WINDOW_DAYS * 1440;
    const [days, kills] = await Promise.all([readUsageDays(db, ids, Math.floor(fromMinute / 1440)), countOomKills(db, { seriesIds: ids }, fromMinute)]);
    const digests = new Map<string, UsageDigest>();
    const oomKills = new Map<string, number>();
    for (const s of series) {
      const digest = summarizeUsage(days.get(s.id) ?? [], nowMs);
      if (digest) digests.set(s.container, digest);
      oomKills.set(s.container, kills.get(s.id) ?? 0);
    }
    return { digests, oomKills };
  } catch (error) {
    return { digests: new Map(), oomKills: new Map(), problem: `usage history unavailable: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}` };
  }
}
