import type { CacheKind, RawObject } from "../watch-cache/cache-kind";
import { projectSelector, type LabelSelector } from "./label-selector";
import { field, keptOnce, projectMeta, stringMap, type ObjectMeta } from "./object-meta";
import { projectContainers, type ContainerSpec } from "./pod-template";

// Deployments and StatefulSets: what a Pier "service" runs, with the status fields kubectl's
// rollout status reads and the pod template settings readiness judges (selector, shutdown,
// spreading).

export interface Condition {
  type: string;
  status: string;
  reason?: string;
  message?: string;
}

export interface TopologySpread {
  topologyKey: string;
  maxSkew: number;
  whenUnsatisfiable: string;
}

export interface WorkloadRecord extends ObjectMeta {
  kind: "Deployment" | "StatefulSet";
  generation: number;
  /** spec.replicas (defaults to 1). */
  replicas: number;
  paused: boolean;
  strategy: string;
  /** StatefulSet rollingUpdate partition. */
  partition?: number;
  /** spec.selector: the pods it owns. */
  selector: LabelSelector | null;
  /** spec.template.metadata.labels: the labels of the pods it makes. */
  podLabels: Record<string, string>;
  containers: ContainerSpec[];
  /** Unset means the Kubernetes default, 30 s. */
  terminationGracePeriodSeconds?: number;
  /** Deployments only. */
  progressDeadlineSeconds?: number;
  /** spec.template.spec.affinity.podAntiAffinity has at least one term. */
  podAntiAffinity: boolean;
  topologySpread: readonly TopologySpread[];
  status: {
    observedGeneration: number;
    replicas: number;
    updatedReplicas: number;
    readyReplicas: number;
    availableReplicas: number;
    currentReplicas?: number;
    currentRevision?: string;
    updateRevision?: string;
    conditions: Condition[];
  };
}

function hasAntiAffinity(podSpec: unknown): boolean {
  const terms = field<Record<string, unknown>>(podSpec, "affinity", "podAntiAffinity");
  return Boolean(terms && Object.values(terms).some((list) => Array.isArray(list) && list.length > 0));
}

const noSpread: readonly TopologySpread[] = Object.freeze([]);

function projectSpread(podSpec: unknown): readonly TopologySpread[] {
  const constraints = field<Array<Record<string, unknown>>>(podSpec, "topologySpreadConstraints") ?? [];
  if (!constraints.length) return noSpread; // most workloads: one shared empty list
  return constraints.map((c) => ({
    topologyKey: String(c.topologyKey ?? ""),
    maxSkew: Number(c.maxSkew ?? 1),
    whenUnsatisfiable: String(c.whenUnsatisfiable ?? "DoNotSchedule"),
  }));
}

function projectWorkload(kind: WorkloadRecord["kind"], raw: RawObject): WorkloadRecord {
  const status = (raw.status ?? {}) as Record<string, unknown>;
  const num = (key: string) => (typeof status[key] === "number" ? (status[key] as number) : 0);
  const podSpec = field(raw, "spec", "template", "spec");
  const meta = projectMeta(raw);
  const podLabels = keptOnce(stringMap(field(raw, "spec", "template", "metadata", "labels")), meta.labels);
  return {
    ...meta,
    kind,
    generation: field<number>(raw, "metadata", "generation") ?? 0,
    replicas: field<number>(raw, "spec", "replicas") ?? 1,
    paused: field<boolean>(raw, "spec", "paused") ?? false,
    strategy: field<string>(raw, "spec", kind === "Deployment" ? "strategy" : "updateStrategy", "type") ?? "RollingUpdate",
    partition: field<number>(raw, "spec", "updateStrategy", "rollingUpdate", "partition"),
    selector: projectSelector(field(raw, "spec", "selector"), podLabels),
    podLabels,
    containers: projectContainers(podSpec),
    terminationGracePeriodSeconds: field<number>(podSpec, "terminationGracePeriodSeconds"),
    progressDeadlineSeconds: kind === "Deployment" ? field<number>(raw, "spec", "progressDeadlineSeconds") : undefined,
    podAntiAffinity: hasAntiAffinity(podSpec),
    topologySpread: projectSpread(podSpec),
    status: {
      observedGeneration: num("observedGeneration"),
      replicas: num("replicas"),
      updatedReplicas: num("updatedReplicas"),
      readyReplicas: num("readyReplicas"),
      availableReplicas: num("availableReplicas"),
      currentReplicas: status.currentReplicas as number | undefined,
      currentRevision: status.currentRevision as string | undefined,
      updateRevision: status.updateRevision as string | undefined,
      conditions: ((status.conditions as Condition[] | undefined) ?? []).map(({ type, status: s, reason, message }) => ({ type, status: s, reason, message })),
    },
  };
}

export const deploymentsKind: CacheKind<WorkloadRecord> = {
  resource: "deployments",
  listPath: "/apis/apps/v1/deployments",
  project: (raw) => projectWorkload("Deployment", raw),
};

export const statefulSetsKind: CacheKind<WorkloadRecord> = {
  resource: "statefulsets",
  listPath: "/apis/apps/v1/statefulsets",
  project: (raw) => projectWorkload("StatefulSet", raw),
};
