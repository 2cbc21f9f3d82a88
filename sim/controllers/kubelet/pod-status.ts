// The pod status a kubelet reports for a set of container runs: phase, the five conditions,
// container statuses complete enough for strict clients (python-kubernetes requires image,
// imageID, name, ready, restartCount).
import { deepEqual } from "../../core/json";
import type { ContainerStatus, Pod, PodStatus } from "../../types/core";
import type { Condition } from "../../types/meta";
import { stateOf, type ContainerRun } from "./container-run";

export function podRef(pod: Pod): string {
  return `${pod.metadata.name}_${pod.metadata.namespace}(${pod.metadata.uid})`;
}

function condition(old: Condition[] | undefined, type: string, status: Condition["status"], now: string, reason?: string, message?: string): Condition {
  const previous = old?.find((c) => c.type === type);
  const lastTransitionTime = previous && previous.status === status ? previous.lastTransitionTime : now;
  return { type, status, lastProbeTime: null, lastTransitionTime, ...(reason ? { reason } : {}), ...(message ? { message } : {}) };
}

export function phaseOf(pod: Pod, runs: ContainerRun[]): NonNullable<PodStatus["phase"]> {
  const everStarted = runs.some((r) => r.startedAt || r.restartCount > 0 || r.lastTerminated);
  const allTerminated = runs.every((r) => r.stage === "terminated");
  if (allTerminated) {
    const failed = runs.some((r) => (r.terminated?.exitCode ?? 0) !== 0);
    return failed ? "Failed" : "Succeeded";
  }
  return everStarted ? "Running" : "Pending";
}

export function buildPodStatus(pod: Pod, runs: ContainerRun[], now: string): PodStatus {
  const old = pod.status ?? {};
  const phase = phaseOf(pod, runs);
  const terminal = phase === "Succeeded" || phase === "Failed";
  const notReady = runs.filter((r) => !r.ready).map((r) => r.name);
  const ready = notReady.length === 0 && !terminal;
  const readyReason = terminal ? "PodCompleted" : ready ? undefined : "ContainersNotReady";
  const readyMessage = terminal || ready ? undefined : `containers with unready status: [${notReady.join(" ")}]`;
  const conds = old.conditions;
  const conditions = [
    condition(conds, "PodReadyToStartContainers", terminal ? "False" : "True", now),
    condition(conds, "Initialized", "True", now, terminal ? "PodCompleted" : undefined),
    condition(conds, "Ready", ready ? "True" : "False", now, readyReason, readyMessage),
    condition(conds, "ContainersReady", ready ? "True" : "False", now, readyReason, readyMessage),
    condition(conds, "PodScheduled", "True", now),
  ];
  const ref = podRef(pod);
  const containerStatuses: ContainerStatus[] = runs.map((r) => ({
    name: r.name,
    state: stateOf(r, ref),
    lastState: r.lastTerminated ? { terminated: r.lastTerminated } : {},
    ready: r.ready,
    restartCount: r.restartCount,
    image: r.image,
    imageID: r.containerID ? r.imageID : "",
    ...(r.containerID ? { containerID: r.containerID } : {}),
    started: r.stage === "running",
  }));
  return {
    ...old,
    phase,
    conditions,
    containerStatuses,
  };
}

/** True when the new status differs in anything but timestamps that did not move. */
export function statusChanged(before: PodStatus | undefined, after: PodStatus): boolean {
  return !deepEqual(before, after);
}
