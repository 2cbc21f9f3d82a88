import "server-only";
import { getPrisma } from "@/lib/db/client";
import { liveConsoles } from "../live/live-consoles";
import { genesisHash } from "../recording/hash-console-chunk";
import { recordConsoleEnd } from "../store/record-console-end";

// Sessions whose Pier process is gone (it crashed, or lost its database and ended them without
// being able to say so): no heartbeat for four beats. They are ended from what the database
// holds, which is everything that was ever delivered: the final hash is the last stored chunk's.

interface Totals {
  chunks: number;
  last_hash: Uint8Array | null;
  input_bytes: bigint;
  output_bytes: bigint;
}

const totalsSql = `SELECT count(*)::int AS chunks,
  (SELECT hash FROM console_chunks WHERE session_id = $1::uuid ORDER BY seq DESC LIMIT 1) AS last_hash,
  coalesce(sum(length(data)) FILTER (WHERE stream = 0), 0)::bigint AS input_bytes,
  coalesce(sum(length(data)) FILTER (WHERE stream IN (1, 2)), 0)::bigint AS output_bytes
  FROM console_chunks WHERE session_id = $1::uuid`;

export async function collectLostSessions(heartbeatSeconds: number, now = new Date()): Promise<string[]> {
  const db = getPrisma();
  const stale = new Date(now.getTime() - heartbeatSeconds * 4_000);
  const lost = await db.consoleSession.findMany({ where: { status: "running", OR: [{ heartbeatAt: null }, { heartbeatAt: { lt: stale } }] }, select: { id: true } });
  const ended: string[] = [];
  for (const { id } of lost) {
    if (liveConsoles().has(id)) continue; // ours, and alive
    const [totals] = await db.$queryRawUnsafe<Totals[]>(totalsSql, id);
    await recordConsoleEnd(id, {
      status: "ended",
      reason: "lost: the Pier process running it stopped or lost its database; the recording holds everything that was delivered",
      exitCode: null,
      chunks: totals?.chunks ?? 0,
      inputBytes: Number(totals?.input_bytes ?? 0),
      outputBytes: Number(totals?.output_bytes ?? 0),
      finalHash: Buffer.from(totals?.last_hash ?? genesisHash(id)).toString("hex"),
    });
    ended.push(id);
  }
  return ended;
}
