import { describe, expect, it } from "vitest";
import { canonicalJson } from "./canonical-json";
import { GENESIS_HASH, hashAuditRecord, type AuditContent } from "./hash-audit-record";

const record: AuditContent = {
  seq: 1,
  at: new Date("2026-11-27T10:00:00.123Z"),
  actorKind: "person",
  actorId: "u1",
  actorDisplay: "sam@example.com",
  tokenId: null,
  action: "workload.scale",
  cluster: "staging",
  namespace: "feature-x",
  targetKind: "Deployment",
  targetName: "learn",
  reason: null,
  detail: null,
  requestId: "r1",
  sourceIp: "127.0.0.1",
  outcome: "succeeded",
  before: { replicas: 1 },
  after: { replicas: 3 },
};

describe("canonicalJson", () => {
  it("sorts keys at every level and drops undefined members", () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: undefined }], c: null } })).toBe('{"a":{"c":null,"d":[1,{"z":1}]},"b":1}');
    expect(canonicalJson({ at: new Date("2026-01-01T00:00:00Z") })).toBe('{"at":"2026-01-01T00:00:00.000Z"}');
  });
});

describe("hashAuditRecord", () => {
  it("is stable whatever the key order and changes with any field or the previous hash", () => {
    const hash = hashAuditRecord(GENESIS_HASH, record);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    const reordered = Object.fromEntries(Object.entries(record).reverse()) as unknown as AuditContent;
    expect(hashAuditRecord(GENESIS_HASH, reordered)).toBe(hash);
    expect(hashAuditRecord(GENESIS_HASH, { ...record, after: { replicas: 4 } })).not.toBe(hash);
    expect(hashAuditRecord(GENESIS_HASH, { ...record, at: new Date("2026-11-27T10:00:00.124Z") })).not.toBe(hash);
    expect(hashAuditRecord("f".repeat(64), record)).not.toBe(hash);
  });
});
