import type { Db } from "./db";

// Container runs that ended, from pods' lastState (and, backfilled, from usage profiles): the
// OOM kills and restarts drawn on charts, and the OOM count advice raises memory for.

export interface Termination {
  seriesId: number;
  pod: string;
  minute: number;
  reason: string;
  exitCode: number;
}

export async function recordTerminations(db: Db, rows: Termination[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 10_000) {
    const c = rows.slice(i, i + 10_000);
    await db.$executeRaw`INSERT INTO container_terminations (series_id, pod, minute, reason, exit_code)
      SELECT * FROM unnest(${c.map((r) => r.seriesId)}::int[], ${c.map((r) => r.pod)}::text[], ${c.map((r) => r.minute)}::int[], ${c.map((r) => r.reason)}::text[], ${c.map((r) => r.exitCode)}::int[])
      ON CONFLICT DO NOTHING`;
  }
}

/** OOM kills per series since `fromMinute`, for the given series or a whole cluster. */
export async function countOomKills(db: Db, target: { seriesIds: number[] } | { cluster: string }, fromMinute: number): Promise<Map<number, number>> {
  const rows =
    "cluster" in target
      ? await db.$queryRaw<Array<{ series_id: number; n: bigint }>>`SELECT t.series_id, count(*) AS n FROM container_terminations t JOIN usage_series s ON s.id = t.series_id
          WHERE s.cluster = ${target.cluster} AND t.reason = 'OOMKilled' AND t.minute >= ${fromMinute} GROUP BY t.series_id`
      : await db.$queryRaw<Array<{ series_id: number; n: bigint }>>`SELECT series_id, count(*) AS n FROM container_terminations
          WHERE series_id = ANY(${target.seriesIds}::int[]) AND reason = 'OOMKilled' AND minute >= ${fromMinute} GROUP BY series_id`;
  return new Map(rows.map((r) => [r.series_id, Number(r.n)]));
}

/** One series' terminations in a range, at most `limit` (newest kept). */
export async function listTerminations(db: Db, seriesId: number, fromMinute: number, toMinute: number, limit = 2_000): Promise<Termination[]> {
  const rows = await db.$queryRaw<Array<{ pod: string; minute: number; reason: string; exit_code: number }>>`SELECT pod, minute, reason, exit_code FROM container_terminations
    WHERE series_id = ${seriesId} AND minute >= ${fromMinute} AND minute <= ${toMinute} ORDER BY minute DESC LIMIT ${limit}`;
  return rows.map((r) => ({ seriesId, pod: r.pod, minute: r.minute, reason: r.reason, exitCode: r.exit_code })).reverse();
}
