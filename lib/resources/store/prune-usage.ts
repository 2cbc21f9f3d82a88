import type { Db } from "./db";

// Retention: raw rows after `rawHours`, everything else after `retentionDays`. Raw and 5-minute
// tables have BRIN indexes on minute, so these deletes do not scan the tables.

export interface Retention {
  rawHours: number;
  retentionDays: number;
}

export async function pruneUsage(db: Db, nowMs: number, retention: Retention): Promise<{ raw: number; fiveMinutes: number; days: number; terminations: number }> {
  const nowMinute = Math.floor(nowMs / 60_000);
  const rawBefore = nowMinute - retention.rawHours * 60;
  const oldBefore = nowMinute - retention.retentionDays * 1440;
  const dayBefore = Math.floor(oldBefore / 1440);
  const raw = await db.$executeRaw`DELETE FROM usage_raw WHERE minute < ${rawBefore}`;
  const fiveMinutes = await db.$executeRaw`DELETE FROM usage_5m WHERE minute < ${oldBefore}`;
  const days = await db.$executeRaw`DELETE FROM usage_days WHERE day < ${dayBefore}`;
  const terminations = await db.$executeRaw`DELETE FROM container_terminations WHERE minute < ${oldBefore}`;
  return { raw, fiveMinutes, days, terminations };
}
