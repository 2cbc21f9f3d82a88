import "server-only";
import { randomUUID } from "node:crypto";
import { appendAuditRecord } from "@/lib/audit/append-audit-record";
import type { ConsoleSessionRow } from "./console-session-rows";

// A session's start in the audit log, as its owner's act: where it runs, which image and
// command, and why. Written before the first byte is recorded; if it cannot be, nothing starts.

export async function recordConsoleStart(row: ConsoleSessionRow, pod: string, image: string | null): Promise<void> {
  await appendAuditRecord({
    actor: { kind: "person", id: row.userId, display: row.userEmail },
    action: "console.start",
    target: { cluster: row.cluster, namespace: row.namespace, kind: "ConsoleSession", name: row.id },
    reason: row.reason,
    requestId: randomUUID(),
    outcome: "succeeded",
    after: { service: row.service, pod, container: row.container, image, command: row.command },
  });
}
