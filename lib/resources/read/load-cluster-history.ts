import "server-only";
import { summarizeUsage, WINDOW_DAYS, type UsageDigest } from "../advice/summarize-usage";
import { countOomKills } from "../store/container-terminations";
import { minuteOf, type Db } from "../store/db";
import { readClusterUsageDays } from "../store/usage-days";
import { seriesKeyOf } from "../store/usage-series";

// Every series' history summary of a cluster (the SRE view): 14 day digests per series, read in
// one query and summarized, kept for a minute (the digests change every 5) and refreshed in the
// background when older, so the view answers from memory.

export interface ClusterHistory {
  /** seriesKeyOf(...) -> digest and OOM kills in the window. */
  series: Map<string, { digest?: UsageDigest; oomKills: number }>;
  loadedAt: number;
  problem?: string;
}

const FRESH_MS = 60_000;
const caches = new WeakMap<Db, Map<string, { loaded: Promise<ClusterHistory>; at: number }>>();

async function load(db: Db, cluster: string, nowMs: number): Promise<ClusterHistory> {
  try {
    const fromMinute = minuteOf(nowMs) - WINDOW_DAYS * 1440;
    const [rows, kills] = await Promise.all([readClusterUsageDays(db, cluster, Math.floor(fromMinute / 1440)), countOomKills(db, { cluster }, fromMinute)]);
    const series = new Map<string, { digest?: UsageDigest; oomKills: number }>();
    for (const row of rows) series.set(seriesKeyOf(row), { digest: summarizeUsage(row.days, nowMs), oomKills: kills.get(row.id) ?? 0 });
    return { series, loadedAt: nowMs };
  } catch (error) {
    return { series: new Map(), loadedAt: nowMs, problem: `usage history unavailable: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}` };
  }
}

export async function loadClusterHistory(source: { readonly db: Db }, cluster: string, nowMs: number): Promise<ClusterHistory> {
  let db: Db;
  try {
    db = source.db;
  } catch (error) {
    return { series: new Map(), loadedAt: nowMs, problem: `usage history unavailable: ${error instanceof Error ? error.message : String(error)}` };
  }
  let perDb = caches.get(db);
  if (!perDb) caches.set(db, (perDb = new Map()));
  const entry = perDb.get(cluster);
  if (entry && nowMs - entry.at < FRESH_MS) return entry.loaded;
  const loaded = load(db, cluster, nowMs);
  perDb.set(cluster, { loaded, at: nowMs });
  // Stale but present: answer with it while the fresh one loads.
  if (entry) {
    const previous = await entry.loaded;
    if (!previous.problem) return previous;
  }
  return loaded;
}

/** Forget what is cached (tests, after writing history). */
export function forgetClusterHistory(db: Db): void {
  caches.delete(db);
}
