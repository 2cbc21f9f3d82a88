import type { AuditRecord } from "@/lib/db/generated/client";
import type { Json } from "./canonical-json";
import type { AuditContent, AuditOutcome } from "./hash-audit-record";

// The audit record as the pages, the JSON API and the exports show it (a plain DTO).

export interface AuditRecordView {
  seq: number;
  at: string;
  actor: { kind: AuditRecord["actorKind"]; id: string | null; display: string; tokenId: string | null };
  action: string;
  target: { cluster: string | null; namespace: string | null; kind: string | null; name: string | null };
  reason: string | null;
  detail: string | null;
  requestId: string;
  sourceIp: string | null;
  outcome: AuditOutcome;
  before: Json;
  after: Json;
  prevHash: string;
  hash: string;
}

export function toAuditContent(row: AuditRecord): AuditContent {
  return {
    seq: Number(row.seq),
    at: row.at,
    actorKind: row.actorKind,
    actorId: row.actorId,
    actorDisplay: row.actorDisplay,
    tokenId: row.tokenId,
    action: row.action,
    cluster: row.cluster,
    namespace: row.namespace,
    targetKind: row.targetKind,
    targetName: row.targetName,
    reason: row.reason,
    detail: row.detail,
    requestId: row.requestId,
    sourceIp: row.sourceIp,
    outcome: row.outcome,
    before: (row.before ?? null) as Json,
    after: (row.after ?? null) as Json,
  };
}

export function toAuditRecordView(row: AuditRecord): AuditRecordView {
  const c = toAuditContent(row);
  return {
    seq: c.seq,
    at: c.at.toISOString(),
    actor: { kind: c.actorKind, id: c.actorId, display: c.actorDisplay, tokenId: c.tokenId },
    action: c.action,
    target: { cluster: c.cluster, namespace: c.namespace, kind: c.targetKind, name: c.targetName },
    reason: c.reason,
    detail: c.detail,
    requestId: c.requestId,
    sourceIp: c.sourceIp,
    outcome: c.outcome,
    before: c.before,
    after: c.after,
    prevHash: row.prevHash,
    hash: row.hash,
  };
}
