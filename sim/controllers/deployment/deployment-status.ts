// Deployment status and conditions (calculateStatus and syncRolloutStatus of the deployment
// controller): Available from minimum availability, Progressing through NewReplicaSetCreated,
// ReplicaSetUpdated, NewReplicaSetAvailable, or ProgressDeadlineExceeded after the deadline.
import type { Condition } from "../../types/meta";
import type { Deployment, ReplicaSet } from "../../types/workloads";
import { fenceposts, sumStatus } from "./deployment-util";

type Status = NonNullable<Deployment["status"]>;

export function setCondition(status: Status, cond: Condition): void {
  const conditions = status.conditions ?? [];
  const current = conditions.find((c) => c.type === cond.type);
  if (current && current.status === cond.status && current.reason === cond.reason) return;
  if (current && current.status === cond.status) cond.lastTransitionTime = current.lastTransitionTime;
  status.conditions = [...conditions.filter((c) => c.type !== cond.type), cond];
}

export function newCondition(type: string, status: Condition["status"], reason: string, message: string, now: string): Condition {
  return { type, status, lastUpdateTime: now, lastTransitionTime: now, reason, message };
}

function omitZeros(status: Status): Status {
  const out: Record<string, unknown> = { ...status };
  for (const k of ["replicas", "updatedReplicas", "readyReplicas", "availableReplicas", "unavailableReplicas", "collisionCount"]) if (!out[k]) delete out[k];
  return out as Status;
}

export interface StatusResult {
  status: Status;
  /** Simulated ms until the progress deadline passes, when one is pending. */
  deadlineInMs?: number;
}

/** checkPausedConditions: Progressing Unknown while paused, "resumed" when it goes on. */
function pausedCondition(d: Deployment, status: Status, now: string): void {
  const cond = status.conditions?.find((c) => c.type === "Progressing");
  if (cond?.reason === "ProgressDeadlineExceeded") return;
  const paused = cond?.reason === "DeploymentPaused";
  if (d.spec.paused && !paused) setCondition(status, newCondition("Progressing", "Unknown", "DeploymentPaused", "Deployment is paused", now));
  else if (!d.spec.paused && paused) setCondition(status, newCondition("Progressing", "Unknown", "DeploymentResumed", "Deployment is resumed", now));
}

export function calculateStatus(d: Deployment, all: ReplicaSet[], newRS: ReplicaSet | undefined, now: string, simElapsed: (t?: string) => number): StatusResult {
  const replicas = d.spec.replicas ?? 1;
  const available = sumStatus(all, "availableReplicas");
  const status: Status = {
    ...d.status,
    observedGeneration: d.metadata.generation,
    replicas: sumStatus(all, "replicas"),
    updatedReplicas: newRS?.status?.replicas ?? 0,
    readyReplicas: sumStatus(all, "readyReplicas"),
    availableReplicas: available,
    unavailableReplicas: Math.max(0, replicas - available),
    conditions: [...(d.status?.conditions ?? [])],
  };
  if (available >= replicas - fenceposts(d).maxUnavailable) {
    setCondition(status, newCondition("Available", "True", "MinimumReplicasAvailable", "Deployment has minimum availability.", now));
  } else {
    setCondition(status, newCondition("Available", "False", "MinimumReplicasUnavailable", "Deployment does not have minimum availability.", now));
  }
  pausedCondition(d, status, now);
  if (d.spec.paused) return { status: omitZeros(status) };

  const old = d.status ?? {};
  const progressing = status.conditions?.find((c) => c.type === "Progressing");
  const complete = status.updatedReplicas === replicas && status.replicas === replicas && available === replicas && (status.observedGeneration ?? 0) >= (d.metadata.generation ?? 0);
  const progressed = (status.updatedReplicas ?? 0) > (old.updatedReplicas ?? 0)
    || (status.replicas ?? 0) - (status.updatedReplicas ?? 0) < (old.replicas ?? 0) - (old.updatedReplicas ?? 0)
    || (status.readyReplicas ?? 0) > (old.readyReplicas ?? 0)
    || available > (old.availableReplicas ?? 0);
  const rsName = newRS?.metadata.name;
  const deadline = (d.spec.progressDeadlineSeconds ?? 600) * 1000;
  let deadlineInMs: number | undefined;
  if (complete) {
    setCondition(status, newCondition("Progressing", "True", "NewReplicaSetAvailable", rsName ? `ReplicaSet "${rsName}" has successfully progressed.` : "Deployment has successfully progressed.", now));
  } else if (progressed) {
    const cond = newCondition("Progressing", "True", "ReplicaSetUpdated", rsName ? `ReplicaSet "${rsName}" is progressing.` : "Deployment is progressing.", now);
    if (progressing?.status === "True") cond.lastTransitionTime = progressing.lastTransitionTime;
    status.conditions = [...(status.conditions ?? []).filter((c) => c.type !== "Progressing"), cond];
    deadlineInMs = deadline;
  } else if (progressing && progressing.reason !== "NewReplicaSetAvailable" && progressing.reason !== "ProgressDeadlineExceeded") {
    const elapsed = simElapsed(progressing.lastUpdateTime);
    if (elapsed > deadline) {
      setCondition(status, newCondition("Progressing", "False", "ProgressDeadlineExceeded", rsName ? `ReplicaSet "${rsName}" has timed out progressing.` : "Deployment has timed out progressing.", now));
    } else deadlineInMs = deadline - elapsed + 1;
  }
  return { status: omitZeros(status), deadlineInMs };
}
