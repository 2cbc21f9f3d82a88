import type { AuditRecord } from "@/lib/db/generated/client";
import type { Json } from "./canonical-json";
import type { AuditContent } from "./hash-audit-record";

// The audit record as the pages, the JSON API and the exports show it (a plain DTO): the hashed
// content with the actor and the target grouped and the time as ISO text, plus the chain link.

type SameAsContent = "seq" | "action" | "reason" | "detail" | "requestId" | "sourceIp" | "outcome" | "before" | "after";

export interface AuditRecordView extends Pick<AuditContent, SameAsContent> {
  at: string;
  actor: { kind: AuditContent["actorKind"]; id: string | null; display: string; tokenId: string | null };
  target: { cluster: string | null; namespace: string | null; kind: string | null; name: string | null };
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
  const { seq, at, actorKind, actorId, actorDisplay, tokenId, action, cluster, namespace, targetKind, targetName, ...rest } = toAuditContent(row);
  return {
    seq,
    at: at.toISOString(),
    actor: { kind: actorKind, id: actorId, display: actorDisplay, tokenId },
    action,
    target: { cluster, namespace, kind: targetKind, name: targetName },
    ...rest,
    prevHash: row.prevHash,
    hash: row.hash,
  };
}
