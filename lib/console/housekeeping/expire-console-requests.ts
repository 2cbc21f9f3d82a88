import "server-only";
import { getPrisma } from "@/lib/db/client";

// Requests that can no longer start: approved (or staging) sessions past their time to start,
// and production requests nobody decided within a day.

const UNDECIDED_HOURS = 24;

export async function expireConsoleRequests(now = new Date()): Promise<number> {
  const db = getPrisma();
  const late = await db.consoleSession.updateMany({
    where: { status: "ready", startBy: { lt: now } },
    data: { status: "expired", endedAt: now, endReason: "not started in time" },
  });
  const undecided = await db.consoleSession.updateMany({
    where: { status: "pending", requestedAt: { lt: new Date(now.getTime() - UNDECIDED_HOURS * 3_600_000) } },
    data: { status: "expired", endedAt: now, endReason: `no SRE decided within ${UNDECIDED_HOURS} hours` },
  });
  return late.count + undecided.count;
}
