import "server-only";
import { getPrisma } from "@/lib/db/client";

// Retention: sessions (with their chunks and typed lines) that ended more than the retention ago
// are deleted, a bounded batch per pass. The audit log keeps each session's final hash. Run by
// the lease holder only (run-console-housekeeping.ts), and safe to repeat.

const BATCH = 200;

export async function pruneConsoleRecordings(retentionDays: number, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - retentionDays * 86_400_000);
  const db = getPrisma();
  const old = await db.consoleSession.findMany({ where: { endedAt: { lt: cutoff }, status: { in: ["ended", "failed", "denied", "expired"] } }, select: { id: true }, take: BATCH });
  if (old.length === 0) return 0;
  const { count } = await db.consoleSession.deleteMany({ where: { id: { in: old.map((s) => s.id) } } });
  return count;
}
