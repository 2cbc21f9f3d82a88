import type { CacheKind, RawObject } from "../watch-cache/cache-kind";
import { field, projectMeta, type ObjectMeta } from "./object-meta";
import { projectContainers, type ContainerSpec } from "./pod-template";

// Deployments and StatefulSets: what a Pier "service" runs, with the status fields kubectl's
// rollout status reads.

export interface Condition {
  type: string;
  status: string;
  reason?: string;
  message?: string;
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
  containers: ContainerSpec[];
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

function projectWorkload(kind: WorkloadRecord["kind"], raw: RawObject): WorkloadRecord {
  const status = (raw.status ?? {}) as Record<string, unknown>;
  const num = (key: string) => (typeof status[key] === "number" ? (status[key] as number) : 0);
  return {
    ...projectMeta(raw),
    kind,
    generation: field<number>(raw, "metadata", "generation") ?? 0,
    replicas: field<number>(raw, "spec", "replicas") ?? 1,
    paused: field<boolean>(raw, "spec", "paused") ?? false,
    strategy: field<string>(raw, "spec", kind === "Deployment" ? "strategy" : "updateStrategy", "type") ?? "RollingUpdate",
    partition: field<number>(raw, "spec", "updateStrategy", "rollingUpdate", "partition"),
    containers: projectContainers(field(raw, "spec", "template", "spec")),
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
