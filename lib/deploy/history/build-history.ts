import type { ReplicaSetRecord } from "@/lib/kube/kinds/replica-sets";
import type { RolloutProgressDto } from "@/lib/environments/types";
import type { HistoryEntryDto } from "./history-types";

// Joins the two records of what happened: the audit log (who asked, why, allowed or not) and
// the ReplicaSet revisions (what the cluster made of it). An audit record of a template change
// carries the change-cause it wrote; the revision with that change-cause is the one it made.
// Revisions no audit record explains (CI, kubectl) are listed on their own. Pure.

export interface AuditRow {
  at: string;
  actor: string;
  action: string;
  targetName: string | null;
  targetKind: string | null;
  reason: string | null;
  detail: string | null;
  outcome: "allowed" | "denied" | "failed" | "succeeded";
  before: unknown;
  after: unknown;
}

export interface ServiceRevisions {
  service: string;
  replicaSets: ReplicaSetRecord[];
  currentRevision?: number;
  progress?: RolloutProgressDto;
}

const verbs: Record<string, string> = {
  "environment.deploy": "deploy",
  "environment.create-e2e": "create e2e",
  "environment.delete": "delete",
  "environment.keep": "keep",
  "environment.expire": "expire",
  "workload.restart": "restart",
  "workload.set-image": "set image",
  "workload.scale": "scale",
  "workload.rollback": "rollback",
  "workload.pause": "pause",
  "workload.resume": "resume",
};

const field = (value: unknown, key: string): unknown => (value && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined);
const text = (value: unknown) => (value === undefined || value === null ? "" : Array.isArray(value) ? value.join(", ") : String(value));

/** "; pruned ConfigMap/a, Service/b; could not prune: <why>" from a deploy's record (empty when it pruned nothing). */
function pruneSummary(after: unknown): string {
  const pruned = field(after, "pruned");
  const failures = field(after, "pruneFailures");
  return `${Array.isArray(pruned) && pruned.length ? `; pruned ${text(pruned)}` : ""}${Array.isArray(failures) && failures.length ? `; could not prune: ${failures.join("; ")}` : ""}`;
}

/** One line of what an audited action changed, from its before/after. */
export function summarizeAudit(row: AuditRow): string {
  const { before, after } = row;
  switch (row.action) {
    case "environment.deploy":
    case "environment.create-e2e":
      return `${text(field(after, "branch")) || row.targetName} at ${text(field(after, "commit")).slice(0, 12)}${field(before, "commit") ? ` (was ${text(field(before, "commit")).slice(0, 12)})` : ""}${pruneSummary(after)}`;
    case "workload.set-image":
      return `${text(field(before, "image"))} -> ${text(field(after, "image"))}`;
    case "workload.scale":
      return `${text(field(before, "replicas"))} -> ${text(field(after, "replicas"))} replicas`;
    case "workload.rollback":
      return `revision ${text(field(before, "revision"))} -> ${text(field(after, "revision"))}${field(after, "images") ? `: ${text(field(after, "images"))}` : ""}`;
    case "workload.restart":
      return `every pod replaced (restartedAt ${text(field(after, "restartedAt")) || "?"})`;
    case "workload.pause":
    case "workload.resume":
      return `spec.paused: ${text(field(after, "paused")) || (row.action === "workload.pause" ? "true" : "false")}`;
    case "environment.delete":
      return `${row.targetName ?? ""} deleted`;
    case "environment.expire":
      return `${row.targetName ?? ""} deleted: expired ${text(field(before, "expiresAt"))}`;
    case "environment.keep":
      return `expires ${text(field(after, "expiresAt")) || "?"}`;
    default:
      return row.targetName ?? "";
  }
}

function revisionEntry(rs: ReplicaSetRecord, service: string, current: boolean, progress?: RolloutProgressDto): HistoryEntryDto {
  const cause = rs.changeCause;
  return {
    at: rs.annotations["pier.dev/deployed-at"] ?? rs.createdAt,
    actor: rs.annotations["pier.dev/deployed-by"] ?? (cause ? (/ by (\S+)/.exec(cause)?.[1] ?? "unknown") : "unknown"),
    action: "revision",
    service,
    summary: cause ?? rs.images.join(", "),
    outcome: "recorded",
    revision: rs.revision,
    rollout: current ? (progress?.state ?? "complete") : "superseded",
  };
}

export function buildHistory(audit: AuditRow[], services: ServiceRevisions[], limit = 100): HistoryEntryDto[] {
  const byCause = new Map<string, Array<{ rs: ReplicaSetRecord; svc: ServiceRevisions }>>();
  for (const svc of services) for (const rs of svc.replicaSets) if (rs.changeCause) byCause.set(rs.changeCause, [...(byCause.get(rs.changeCause) ?? []), { rs, svc }]);
  const explained = new Set<ReplicaSetRecord>();
  const entries: HistoryEntryDto[] = audit
    .filter((row) => row.outcome !== "allowed")
    .map((row) => {
      const cause = text(field(row.after, "changeCause"));
      const made = cause && row.outcome === "succeeded" ? (byCause.get(cause) ?? []) : [];
      for (const m of made) explained.add(m.rs);
      const one = made.length === 1 ? made[0] : undefined;
      return {
        at: row.at,
        actor: row.actor,
        action: verbs[row.action] ?? row.action,
        service: row.targetKind === "Namespace" ? undefined : (row.targetName ?? undefined),
        summary: summarizeAudit(row),
        reason: row.reason ?? undefined,
        outcome: row.outcome as HistoryEntryDto["outcome"],
        detail: row.detail ?? undefined,
        revision: one?.rs.revision,
        rollout: one ? (one.rs.revision === one.svc.currentRevision ? (one.svc.progress?.state ?? "complete") : "superseded") : undefined,
      };
    });
  for (const svc of services) {
    for (const rs of svc.replicaSets) if (!explained.has(rs)) entries.push(revisionEntry(rs, svc.service, rs.revision === svc.currentRevision, svc.progress));
  }
  return entries.sort((a, b) => b.at.localeCompare(a.at) || (b.revision ?? 0) - (a.revision ?? 0)).slice(0, limit);
}
