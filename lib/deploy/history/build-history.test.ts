import { describe, expect, it } from "vitest";
import type { ReplicaSetRecord } from "@/lib/kube/kinds/replica-sets";
import { buildHistory, summarizeAudit, type AuditRow } from "./build-history";

const rs = (revision: number, changeCause: string, at: string, annotations: Record<string, string> = {}): ReplicaSetRecord => ({
  namespace: "ns", name: `learn-${revision}`, uid: `u${revision}`, resourceVersion: "1", createdAt: at, labels: {}, annotations, deleting: false,
  revision, changeCause, images: [`registry.example.com/learn:v${revision}`], replicas: 1, currentReplicas: 1, readyReplicas: 1, availableReplicas: 1,
});

const audit = (action: string, at: string, after: unknown, outcome: AuditRow["outcome"] = "succeeded", extra: Partial<AuditRow> = {}): AuditRow => ({
  at, actor: "erin@example.com", action, targetName: "learn", targetKind: "Deployment", reason: null, detail: null, outcome, before: null, after, ...extra,
});

describe("buildHistory", () => {
  it("joins an audited action to the revision it made by change-cause; lists unexplained revisions on their own", () => {
    const entries = buildHistory(
      [audit("workload.restart", "2026-11-27T10:00:00.000Z", { restartedAt: "2026-11-27T10:00:00Z", changeCause: "restart by erin@example.com" }, "succeeded", { reason: "stuck" })],
      [{ service: "learn", currentRevision: 2, replicaSets: [rs(2, "restart by erin@example.com", "2026-11-27T10:00:01Z"), rs(1, "deploy abc1234 by ci", "2026-11-26T09:00:00Z", { "pier.dev/deployed-by": "ci" })] }],
    );
    expect(entries).toEqual([
      { at: "2026-11-27T10:00:00.000Z", actor: "erin@example.com", action: "restart", service: "learn", summary: "every pod replaced (restartedAt 2026-11-27T10:00:00Z)", reason: "stuck", outcome: "succeeded", detail: undefined, revision: 2, rollout: "complete" },
      { at: "2026-11-26T09:00:00Z", actor: "ci", action: "revision", service: "learn", summary: "deploy abc1234 by ci", outcome: "recorded", revision: 1, rollout: "superseded" },
    ]);
  });

  it("keeps denied attempts with why, and never links them to a revision", () => {
    const [entry] = buildHistory([audit("workload.scale", "2026-11-27T10:00:00.000Z", null, "denied", { detail: "a person with the role engineer may scale workloads only in staging", before: null })], []);
    expect(entry).toMatchObject({ action: "scale", outcome: "denied", detail: expect.stringContaining("only in staging") });
    expect(entry!.revision).toBeUndefined();
  });
});

describe("summarizeAudit", () => {
  it("says what a deploy pruned and what it could not", () => {
    const deploy = (after: Record<string, unknown>) => summarizeAudit({ ...audit("environment.deploy", "2026-11-27T10:00:00.000Z", { branch: "main", commit: "3f9c2a1b7d4e00", ...after }), before: { commit: "abcdef1234567" } });
    expect(deploy({ pruned: [] })).toBe("main at 3f9c2a1b7d4e (was abcdef123456)");
    expect(deploy({ pruned: ["ConfigMap/learn-flags", "Service/old"], pruneFailures: ["could not delete Service old: forbidden"] })).toBe(
      "main at 3f9c2a1b7d4e (was abcdef123456); pruned ConfigMap/learn-flags, Service/old; could not prune: could not delete Service old: forbidden",
    );
  });
});
