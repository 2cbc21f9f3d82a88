import "server-only";
import { randomUUID } from "node:crypto";
import { appendAuditRecord } from "@/lib/audit/append-audit-record";
import type { Clusters } from "@/lib/kube/clusters";
import { kubeErrorStatus } from "@/lib/kube/kube-connection";
import { planCleanup, type CleanupCandidateDto } from "./plan-cleanup";

// One round of the cleanup: deletes the branch environments whose expiry has passed, each with
// preconditions on the namespace's uid and resourceVersion as judged (a deploy or a "keep
// until" since then makes the delete fail, and the next round judges again). Every deletion is
// in the audit log, done by Pier itself.

export interface CleanupRunDto {
  at: string;
  deleted: string[];
  /** Not deleted this round, with why (changed meanwhile, the API refused). */
  skipped: Array<{ namespace: string; why: string }>;
}

const ACTOR = { kind: "system" as const, id: null, display: "pier cleanup" };

async function deleteExpired(clusters: Clusters, c: CleanupCandidateDto, requestId: string): Promise<string | null> {
  const runtime = clusters.find(c.cluster)!;
  try {
    await runtime.connection.send("DELETE", `/api/v1/namespaces/${c.namespace}`, { apiVersion: "v1", kind: "DeleteOptions", preconditions: { uid: c.uid, resourceVersion: c.resourceVersion } });
  } catch (error) {
    if (kubeErrorStatus(error) === 404) return null;
    const why = kubeErrorStatus(error) === 409 ? "it changed since it was judged expired (deployed or kept meanwhile)" : error instanceof Error ? error.message : String(error);
    return why;
  }
  await appendAuditRecord({
    actor: ACTOR,
    action: "environment.expire",
    target: { cluster: c.cluster, namespace: c.namespace, kind: "Namespace", name: c.namespace },
    reason: `expired at ${c.expiresAt}, ${c.annotated ? "as its pier.dev/expires-at says" : "computed from its last deploy"}`,
    requestId,
    outcome: "succeeded",
    before: { branch: c.branch ?? null, owner: c.owner ?? null, lastDeployAt: c.lastDeployAt ?? null, expiresAt: c.expiresAt },
    after: null,
  });
  return null;
}

export async function runCleanup(clusters: Clusters, ttlHours: number, now = new Date()): Promise<CleanupRunDto> {
  const plan = planCleanup(clusters, ttlHours, now);
  const requestId = `cleanup-${randomUUID()}`;
  const run: CleanupRunDto = { at: now.toISOString(), deleted: [], skipped: [] };
  for (const candidate of plan.candidates.filter((c) => c.expired && !c.terminating)) {
    const why = await deleteExpired(clusters, candidate, requestId);
    if (why) run.skipped.push({ namespace: candidate.namespace, why });
    else run.deleted.push(candidate.namespace);
  }
  return run;
}
