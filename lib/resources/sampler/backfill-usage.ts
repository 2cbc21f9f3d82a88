import "server-only";
import type { ClusterResources } from "../cluster/cluster-resources";
import { workloadNamespaces } from "../cluster/workload-containers";
import { digestSamples } from "../history/day-digest";
import { ingestPrometheusRange } from "../prometheus/ingest-prometheus-usage";
import { recordTerminations, type Termination } from "../store/container-terminations";
import { minuteOf, type Db } from "../store/db";
import { writeUsageDays } from "../store/usage-days";
import { insertUsageRows, type UsageRow } from "../store/usage-rows";
import { SeriesIds, seriesKeyOf } from "../store/usage-series";

// History on first start, once per cluster (a marker in `settings`), in the background and
// before the sampler's first tick (so writing the days can replace rather than add):
// - demo: two weeks from the embedded cluster's usage profiles (GET /sim/usage, sim/README.md):
//   5-minute rows, raw rows for the last `rawHours`, day digests and the profile's OOM kills;
// - Prometheus: the day digests from as far back as `days` (charts read Prometheus directly).

export const BACKFILL_DAYS = 14;
const markerKey = (cluster: string) => `resources.backfill.${cluster}`;

type SimUsage = { containers: Array<{ name: string; points: Array<{ time: string; cpuCores: number; memoryBytes: number }>; oomKills: string[] }> };

export async function isBackfilled(db: Db, cluster: string): Promise<boolean> {
  return (await db.setting.findUnique({ where: { key: markerKey(cluster) } })) !== null;
}

async function markBackfilled(db: Db, cluster: string, detail: Record<string, number | string>): Promise<void> {
  await db.setting.upsert({ where: { key: markerKey(cluster) }, create: { key: markerKey(cluster), value: detail }, update: { value: detail } });
}

export interface BackfillOptions {
  nowMs: number;
  rawHours: number;
  days?: number;
}

/** Demo clusters: the last `days` of every workload's usage profile. Returns the workloads done (0 when done before). */
export async function backfillDemoUsage(db: Db, resources: ClusterResources, options: BackfillOptions): Promise<number> {
  const cluster = resources.name;
  if (await isBackfilled(db, cluster)) return 0;
  const series = new SeriesIds(db, cluster);
  const { caches, connection } = resources.runtime;
  const end = Math.floor(options.nowMs / 300_000) * 300; // the last closed 5-minute bucket, seconds
  const from = end - (options.days ?? BACKFILL_DAYS) * 86_400;
  const workloads = workloadNamespaces(caches).flatMap((ns) => [...caches.deployments.list(ns), ...caches.statefulSets.list(ns)]);
  let done = 0;
  for (const w of workloads) {
    const query = (start: number, to: number, step: string) => `/sim/usage?${new URLSearchParams({ namespace: w.namespace, workload: w.name, from: String(start), to: String(to), step })}`;
    const minuteNow = Math.floor(options.nowMs / 60_000) * 60;
    const [five, raw] = await Promise.all([connection.getJson<SimUsage>(query(from, end, "5m")), connection.getJson<SimUsage>(query(minuteNow - options.rawHours * 3600, minuteNow, "60"))]);
    const ids = await series.ensure(five.containers.map((c) => ({ namespace: w.namespace, workload: w.name, container: c.name })));
    const fiveRows: UsageRow[] = [];
    const rawRows: UsageRow[] = [];
    const terminations: Termination[] = [];
    const additions = [];
    for (const c of five.containers) {
      const seriesId = ids.get(seriesKeyOf({ namespace: w.namespace, workload: w.name, container: c.name }))!;
      // A point is the mean over the step ending at it: its bucket starts 5 minutes earlier.
      const samples = c.points.map((p) => ({ minute: minuteOf(Date.parse(p.time)) - 5, cpuMean: p.cpuCores * 1000, memPeak: p.memoryBytes }));
      for (const s of samples) fiveRows.push({ seriesId, minute: s.minute, cpuAvg: s.cpuMean, cpuMax: s.cpuMean, memAvg: s.memPeak, memMax: s.memPeak });
      for (const digest of digestSamples(samples).values()) additions.push({ seriesId, digest });
      for (const kill of c.oomKills) terminations.push({ seriesId, pod: "", minute: minuteOf(Date.parse(kill)), reason: "OOMKilled", exitCode: 137 });
      const recent = raw.containers.find((r) => r.name === c.name);
      // The 5-minute answer stops listing kills after 11,000 of them; the recent one has its own.
      for (const kill of recent?.oomKills ?? []) terminations.push({ seriesId, pod: "", minute: minuteOf(Date.parse(kill)), reason: "OOMKilled", exitCode: 137 });
      for (const p of recent?.points ?? []) {
        rawRows.push({ seriesId, minute: minuteOf(Date.parse(p.time)), cpuAvg: p.cpuCores * 1000, cpuMax: p.cpuCores * 1000, memAvg: p.memoryBytes, memMax: p.memoryBytes });
      }
    }
    await insertUsageRows(db, "usage_5m", fiveRows);
    await insertUsageRows(db, "usage_raw", rawRows);
    await recordTerminations(db, terminations);
    await writeUsageDays(db, additions); // replaces: a rerun after a crash writes the same rows
    done++;
  }
  await markBackfilled(db, cluster, { source: "sim", workloads: done, until: new Date(end * 1000).toISOString() });
  return done;
}

/** Prometheus clusters: the day digests from Prometheus' history, as far back as it holds. */
export async function backfillPrometheusDigests(db: Db, resources: ClusterResources, options: BackfillOptions): Promise<number> {
  if (!resources.prometheus || (await isBackfilled(db, resources.name))) return 0;
  const end = Math.floor(options.nowMs / 300_000) * 300;
  const written = await ingestPrometheusRange(db, resources, new SeriesIds(db, resources.name), end - (options.days ?? BACKFILL_DAYS) * 86_400, end);
  await markBackfilled(db, resources.name, { source: "prometheus", digests: written, until: new Date(end * 1000).toISOString() });
  return written;
}
