import "server-only";
import { randomUUID } from "node:crypto";
import { appendAuditRecord } from "@/lib/audit/append-audit-record";
import { noteFinalAuditSeq, writeSessionEnd, type SessionEnd } from "./console-session-rows";

// A session's end, made permanent: the row gets the recording's totals and final hash, and the
// audit log (itself a hash chain) gets the same final hash, so rewriting a recording afterwards
// also means rewriting the audit log. Written by Pier itself (actor "system").

export async function recordConsoleEnd(id: string, end: SessionEnd): Promise<void> {
  const row = await writeSessionEnd(id, end);
  if (!row) return; // someone else ended it first (housekeeping, another process)
  const record = await appendAuditRecord({
    actor: { kind: "system", id: null, display: "pier console recorder" },
    action: "console.finish",
    target: { cluster: row.cluster, namespace: row.namespace, kind: "ConsoleSession", name: row.id },
    detail: end.reason,
    requestId: randomUUID(),
    outcome: "succeeded",
    after: {
      user: row.userEmail,
      pod: row.pod,
      status: end.status,
      exitCode: end.exitCode,
      chunks: end.chunks,
      inputBytes: end.inputBytes,
      outputBytes: end.outputBytes,
      finalHash: end.finalHash,
    },
  });
  await noteFinalAuditSeq(id, record.seq);
}
