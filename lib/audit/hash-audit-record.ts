import { createHash } from "node:crypto";
import { canonicalJson, type Json } from "./canonical-json";

// The hash chain's link: hash = SHA-256(prevHash + canonical JSON of the record's own content).
// Pure, shared by the append and the verification so both always agree.

export const GENESIS_HASH = "0".repeat(64);

export const outcomes = ["allowed", "denied", "failed", "succeeded"] as const;
export type AuditOutcome = (typeof outcomes)[number];
export type ActorKind = "person" | "token" | "anonymous" | "system";

/** Everything a record says, exactly what is hashed (prevHash and hash aside). */
export interface AuditContent {
  seq: number;
  at: Date;
  actorKind: ActorKind;
  actorId: string | null;
  actorDisplay: string;
  tokenId: string | null;
  action: string;
  cluster: string | null;
  namespace: string | null;
  targetKind: string | null;
  targetName: string | null;
  reason: string | null;
  detail: string | null;
  requestId: string;
  sourceIp: string | null;
  outcome: AuditOutcome;
  before: Json;
  after: Json;
}

export function hashAuditRecord(prevHash: string, content: AuditContent): string {
  const body = canonicalJson({ ...content, at: content.at.toISOString() });
  return createHash("sha256").update(prevHash).update(body).digest("hex");
}
