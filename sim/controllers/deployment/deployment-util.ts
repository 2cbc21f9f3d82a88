// Helpers of pkg/controller/deployment/util: revisions, template equality ignoring the
// pod-template-hash label, maxSurge/maxUnavailable arithmetic, annotation copying.
import { deepEqual } from "../../core/json";
import type { PodTemplate } from "../../types/core";
import type { Deployment, ReplicaSet } from "../../types/workloads";

export const REVISION = "deployment.kubernetes.io/revision";
export const REVISION_HISTORY = "deployment.kubernetes.io/revision-history";
export const DESIRED_REPLICAS = "deployment.kubernetes.io/desired-replicas";
export const MAX_REPLICAS = "deployment.kubernetes.io/max-replicas";
export const HASH_LABEL = "pod-template-hash";

/** Annotations a Deployment does not copy onto its ReplicaSets (and kubectl undo keeps). */
export const SKIPPED_ANNOTATIONS = new Set([
  "kubectl.kubernetes.io/last-applied-configuration", REVISION, REVISION_HISTORY, DESIRED_REPLICAS, MAX_REPLICAS,
  "deprecated.deployment.rollback.to",
]);

export const revisionOf = (rs: ReplicaSet) => Number(rs.metadata.annotations?.[REVISION] ?? 0) || 0;

export function maxRevision(rss: ReplicaSet[]): number {
  return rss.reduce((max, rs) => Math.max(max, revisionOf(rs)), 0);
}

function withoutHash(template: PodTemplate): PodTemplate {
  const labels = { ...(template.metadata?.labels ?? {}) };
  delete labels[HASH_LABEL];
  return { ...template, metadata: { ...template.metadata, labels } };
}

export function equalIgnoreHash(a: PodTemplate, b: PodTemplate): boolean {
  return deepEqual(withoutHash(a), withoutHash(b));
}

/** The oldest ReplicaSet whose template matches the Deployment's (FindNewReplicaSet). */
export function findNewReplicaSet(d: Deployment, rss: ReplicaSet[]): ReplicaSet | undefined {
  return [...rss].sort(byCreation).find((rs) => equalIgnoreHash(rs.spec.template, d.spec.template));
}

export function byCreation(a: ReplicaSet, b: ReplicaSet): number {
  return Date.parse(a.metadata.creationTimestamp ?? "") - Date.parse(b.metadata.creationTimestamp ?? "") || (a.metadata.name ?? "").localeCompare(b.metadata.name ?? "");
}

function scaled(value: number | string | undefined, total: number, roundUp: boolean): number {
  if (value === undefined) return 0;
  if (typeof value === "number") return value;
  const pct = Number(value.replace("%", ""));
  const raw = (pct * total) / 100;
  return roundUp ? Math.ceil(raw) : Math.floor(raw);
}

/** ResolveFenceposts: surge rounds up, unavailability down, never both zero. */
export function fenceposts(d: Deployment): { maxSurge: number; maxUnavailable: number } {
  const replicas = d.spec.replicas ?? 1;
  if (d.spec.strategy?.type === "Recreate") return { maxSurge: 0, maxUnavailable: replicas };
  const ru = d.spec.strategy?.rollingUpdate ?? {};
  const maxSurge = scaled(ru.maxSurge ?? "25%", replicas, true);
  let maxUnavailable = scaled(ru.maxUnavailable ?? "25%", replicas, false);
  if (maxSurge === 0 && maxUnavailable === 0) maxUnavailable = 1;
  return { maxSurge, maxUnavailable: Math.min(maxUnavailable, replicas) };
}

export const specReplicas = (rs: ReplicaSet) => rs.spec.replicas ?? 0;
export const sumSpec = (rss: ReplicaSet[]) => rss.reduce((n, rs) => n + specReplicas(rs), 0);
export const sumStatus = (rss: ReplicaSet[], field: "replicas" | "readyReplicas" | "availableReplicas") =>
  rss.reduce((n, rs) => n + (rs.status?.[field] ?? 0), 0);

/** The Deployment's own annotations that ReplicaSets inherit (change-cause, user ones). */
export function inheritedAnnotations(d: Deployment): Record<string, string> {
  return Object.fromEntries(Object.entries(d.metadata.annotations ?? {}).filter(([k]) => !SKIPPED_ANNOTATIONS.has(k)));
}
