import { KiB, toKiB, toMilli, type Db } from "./db";

// Usage rows: raw (one per series per sampler tick) and 5-minute roll-ups, in one compact shape
// (six 4-byte integers). The roll-up is one INSERT ... SELECT: the rows never travel to Pier.

export interface UsageRow {
  seriesId: number;
  minute: number;
  /** Millicores and bytes: mean and max over the workload's replicas (and, rolled up, over time). */
  cpuAvg: number;
  cpuMax: number;
  memAvg: number;
  memMax: number;
}

export type UsageTable = "usage_raw" | "usage_5m";

export async function insertUsageRows(db: Db, table: UsageTable, rows: UsageRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 10_000) {
    const chunk = rows.slice(i, i + 10_000);
    const args = [
      chunk.map((r) => r.seriesId), chunk.map((r) => r.minute), chunk.map((r) => toMilli(r.cpuAvg)), chunk.map((r) => toMilli(Math.ceil(r.cpuMax))),
      chunk.map((r) => toKiB(r.memAvg)), chunk.map((r) => toKiB(r.memMax)),
    ];
    // The table name is one of two constants, never input.
    await db.$executeRawUnsafe(
      `INSERT INTO ${table === "usage_raw" ? "usage_raw" : "usage_5m"} (series_id, minute, cpu_avg, cpu_max, mem_avg, mem_max)
       SELECT * FROM unnest($1::int[], $2::int[], $3::int[], $4::int[], $5::int[], $6::int[]) ON CONFLICT DO NOTHING`,
      ...args,
    );
  }
}

/** Rolls the raw rows of [fromMinute, toMinute) up into 5-minute rows (replacing partial ones). */
export async function rollUpFiveMinutes(db: Db, fromMinute: number, toMinute: number): Promise<number> {
  return db.$executeRaw`INSERT INTO usage_5m (series_id, minute, cpu_avg, cpu_max, mem_avg, mem_max)
    SELECT series_id, minute / 5 * 5, round(avg(cpu_avg))::int, max(cpu_max), round(avg(mem_avg))::int, max(mem_max)
    FROM usage_raw WHERE minute >= ${fromMinute} AND minute < ${toMinute} GROUP BY series_id, minute / 5 * 5
    ON CONFLICT (series_id, minute) DO UPDATE SET cpu_avg = EXCLUDED.cpu_avg, cpu_max = EXCLUDED.cpu_max, mem_avg = EXCLUDED.mem_avg, mem_max = EXCLUDED.mem_max`;
}

export interface UsagePoint {
  minute: number;
  cpuAvg: number;
  cpuMax: number;
  memAvg: number;
  memMax: number;
}

/** One series' rows in [fromMinute, toMinute], averaged (max of maxima) per `stepMinutes`. */
export async function readUsagePoints(db: Db, table: UsageTable, seriesId: number, fromMinute: number, toMinute: number, stepMinutes: number): Promise<UsagePoint[]> {
  const rows = await db.$queryRawUnsafe<Array<{ minute: number; cpu_avg: number; cpu_max: number; mem_avg: number; mem_max: number }>>(
    `SELECT minute / $4 * $4 AS minute, avg(cpu_avg)::float8 AS cpu_avg, max(cpu_max) AS cpu_max, avg(mem_avg)::float8 AS mem_avg, max(mem_max) AS mem_max
     FROM ${table === "usage_raw" ? "usage_raw" : "usage_5m"} WHERE series_id = $1 AND minute >= $2 AND minute <= $3 GROUP BY 1 ORDER BY 1`,
    seriesId, fromMinute, toMinute, stepMinutes,
  );
  return rows.map((r) => ({ minute: Number(r.minute), cpuAvg: r.cpu_avg, cpuMax: r.cpu_max, memAvg: r.mem_avg * KiB, memMax: r.mem_max * KiB }));
}
