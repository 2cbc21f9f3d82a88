import { mergeDays, type DayDigest } from "../history/day-digest";
import { UsageHistogram } from "../history/usage-histogram";
import { KiB, toKiB, toMilli, type Db } from "./db";

// Day digests in PostgreSQL (usage_days): read for advice, merged into by the sampler and the
// backfills. Only the sampler holding the cluster's lease writes, so read-merge-write is safe.

type DayRow = { series_id: number; day: number; cpu_histogram: Uint8Array; cpu_max: number; mem_peak: number; samples: number; first_minute: number; last_minute: number };

const digestOf = (r: DayRow): DayDigest => ({
  day: r.day, cpu: UsageHistogram.decode(r.cpu_histogram), cpuMax: r.cpu_max, memPeak: r.mem_peak * KiB, samples: r.samples, firstMinute: r.first_minute, lastMinute: r.last_minute,
});

function group(rows: DayRow[]): Map<number, DayDigest[]> {
  const out = new Map<number, DayDigest[]>();
  for (const row of rows) {
    let list = out.get(row.series_id);
    if (!list) out.set(row.series_id, (list = []));
    list.push(digestOf(row));
  }
  return out;
}

export async function readUsageDays(db: Db, seriesIds: number[], fromDay: number): Promise<Map<number, DayDigest[]>> {
  if (!seriesIds.length) return new Map();
  return group(await db.$queryRaw<DayRow[]>`SELECT * FROM usage_days WHERE series_id = ANY(${seriesIds}::int[]) AND day >= ${fromDay}`);
}

export interface ClusterSeriesDays {
  id: number;
  namespace: string;
  workload: string;
  container: string;
  days: DayDigest[];
}

/** Every series of a cluster with its days since `fromDay` (the SRE view). Plain rows: Prisma turns them into objects faster than arrays of bytea. */
export async function readClusterUsageDays(db: Db, cluster: string, fromDay: number): Promise<ClusterSeriesDays[]> {
  const [series, rows] = await Promise.all([
    db.$queryRaw<Array<{ id: number; namespace: string; workload: string; container: string }>>`SELECT id, namespace, workload, container FROM usage_series WHERE cluster = ${cluster}`,
    db.$queryRaw<DayRow[]>`SELECT d.* FROM usage_days d JOIN usage_series s ON s.id = d.series_id WHERE s.cluster = ${cluster} AND d.day >= ${fromDay}`,
  ]);
  const days = group(rows);
  return series.map((s) => ({ ...s, days: days.get(s.id) ?? [] }));
}

/** Adds digests to what is stored for the same series and day. */
export async function mergeUsageDays(db: Db, additions: Array<{ seriesId: number; digest: DayDigest }>): Promise<void> {
  if (!additions.length) return;
  const ids = additions.map((a) => a.seriesId);
  const dayList = additions.map((a) => a.digest.day);
  const existing = await db.$queryRaw<DayRow[]>`SELECT d.* FROM usage_days d JOIN unnest(${ids}::int[], ${dayList}::int[]) AS k(series_id, day) ON d.series_id = k.series_id AND d.day = k.day`;
  const stored = new Map(existing.map((r) => [`${r.series_id}/${r.day}`, digestOf(r)]));
  const merged = additions.map(({ seriesId, digest }) => {
    const before = stored.get(`${seriesId}/${digest.day}`);
    if (before) mergeDays(before, digest);
    return { seriesId, digest: before ?? digest };
  });
  await writeUsageDays(db, merged);
}

export async function writeUsageDays(db: Db, rows: Array<{ seriesId: number; digest: DayDigest }>): Promise<void> {
  for (let i = 0; i < rows.length; i += 5_000) {
    const chunk = rows.slice(i, i + 5_000);
    const d = chunk.map((r) => r.digest);
    await db.$executeRaw`INSERT INTO usage_days (series_id, day, cpu_histogram, cpu_max, mem_peak, samples, first_minute, last_minute)
      SELECT * FROM unnest(${chunk.map((r) => r.seriesId)}::int[], ${d.map((x) => x.day)}::int[], ${d.map((x) => x.cpu.encode())}::bytea[],
        ${d.map((x) => toMilli(Math.ceil(x.cpuMax)))}::int[], ${d.map((x) => toKiB(x.memPeak))}::int[], ${d.map((x) => x.samples)}::int[],
        ${d.map((x) => x.firstMinute)}::int[], ${d.map((x) => x.lastMinute)}::int[])
      ON CONFLICT (series_id, day) DO UPDATE SET cpu_histogram = EXCLUDED.cpu_histogram, cpu_max = EXCLUDED.cpu_max, mem_peak = EXCLUDED.mem_peak,
        samples = EXCLUDED.samples, first_minute = EXCLUDED.first_minute, last_minute = EXCLUDED.last_minute`;
  }
}
