import "server-only";
import type { Target } from "@/lib/auth/rules";
import { getPrisma } from "@/lib/db/client";
import type { ConsoleSession } from "@/lib/db/generated/client";

// The writes a session's life makes to its row, each conditional on the state it expects, so two
// processes (or a process and the housekeeping) never both start or both end one session.

export type ConsoleSessionRow = ConsoleSession;

export async function findConsoleSession(id: string): Promise<ConsoleSessionRow | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  return getPrisma().consoleSession.findUnique({ where: { id } });
}

/** What the rules see of a session (lib/auth/rules.ts). */
export function consoleTargetOf(row: ConsoleSessionRow): Target {
  return {
    cluster: row.cluster,
    environment: row.environment === "production" ? "production" : "staging",
    namespace: row.namespace,
    kind: "ConsoleSession",
    name: row.id,
    ownerId: row.userId,
    requesterId: row.userId,
    approved: row.environment !== "production" || (row.decidedAt !== null && row.status !== "denied"),
  };
}

/** ready -> running; false when the session is not ready (any more) or its time to start has passed. */
export async function claimConsoleSession(id: string, now = new Date()): Promise<boolean> {
  const { count } = await getPrisma().consoleSession.updateMany({
    where: { id, status: "ready", OR: [{ startBy: null }, { startBy: { gt: now } }] },
    data: { status: "running", startedAt: now, heartbeatAt: now },
  });
  return count === 1;
}

export async function noteConsolePod(id: string, pod: string, image: string | null): Promise<void> {
  await getPrisma().consoleSession.update({ where: { id }, data: { pod, image } });
}

/** Renews a running session's heartbeat; false when the row says it is no longer running. */
export async function beatConsoleHeart(id: string): Promise<boolean> {
  const { count } = await getPrisma().consoleSession.updateMany({ where: { id, status: "running" }, data: { heartbeatAt: new Date() } });
  return count === 1;
}

export interface SessionEnd {
  status: "ended" | "failed";
  reason: string;
  exitCode: number | null;
  chunks: number;
  inputBytes: number;
  outputBytes: number;
  finalHash: string | null;
}

/** running (or ready, for a start that failed) -> ended/failed with the recording's totals. */
export async function writeSessionEnd(id: string, end: SessionEnd): Promise<ConsoleSessionRow | null> {
  const { count } = await getPrisma().consoleSession.updateMany({
    where: { id, status: { in: ["running", "ready"] } },
    data: {
      status: end.status,
      endedAt: new Date(),
      endReason: end.reason.slice(0, 500),
      exitCode: end.exitCode,
      chunkCount: end.chunks,
      inputBytes: end.inputBytes,
      outputBytes: end.outputBytes,
      finalHash: end.finalHash,
    },
  });
  return count === 1 ? getPrisma().consoleSession.findUnique({ where: { id } }) : null;
}

export async function noteFinalAuditSeq(id: string, seq: number): Promise<void> {
  await getPrisma().consoleSession.update({ where: { id }, data: { finalAuditSeq: seq } });
}
