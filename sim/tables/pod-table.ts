// `kubectl get pods`: READY, STATUS (the reason logic of printPod), RESTARTS with "(5m ago)".
import type { ContainerStatus, Pod } from "../types/core";
import type { KObject } from "../types/meta";
import { since } from "./human-duration";
import { AGE_COLUMN, col, NAME_COLUMN, type TablePrinter } from "./table-def";

function lastRestart(statuses: ContainerStatus[], current: number): number {
  let latest = current;
  for (const s of statuses) {
    const finished = s.lastState?.terminated?.finishedAt;
    if (finished) latest = Math.max(latest, Date.parse(finished));
  }
  return latest;
}

function initReason(pod: Pod): string | undefined {
  const statuses = pod.status?.initContainerStatuses ?? [];
  for (let i = 0; i < statuses.length; i++) {
    const s = statuses[i]!;
    const t = s.state.terminated;
    if (t && t.exitCode === 0) continue;
    if (t) return t.reason ? `Init:${t.reason}` : t.signal ? `Init:Signal:${t.signal}` : `Init:ExitCode:${t.exitCode}`;
    if (s.state.waiting?.reason && s.state.waiting.reason !== "PodInitializing") return `Init:${s.state.waiting.reason}`;
    return `Init:${i}/${pod.spec.initContainers?.length ?? 0}`;
  }
  return undefined;
}

export function podCells(obj: KObject, now: number): unknown[] {
  const pod = obj as Pod;
  const status = pod.status ?? {};
  let reason: string = status.reason || status.phase || "";
  if (status.conditions?.some((c) => c.type === "PodScheduled" && c.reason === "SchedulingGated")) reason = "SchedulingGated";
  let restarts = 0;
  let ready = 0;
  let lastRestartAt = 0;
  const init = initReason(pod);
  const initialized = status.conditions?.some((c) => c.type === "Initialized" && c.status === "True");
  if (init && !initialized) {
    reason = init;
    for (const s of status.initContainerStatuses ?? []) restarts += s.restartCount;
    lastRestartAt = lastRestart(status.initContainerStatuses ?? [], 0);
  } else {
    let hasRunning = false;
    const statuses = status.containerStatuses ?? [];
    for (let i = statuses.length - 1; i >= 0; i--) {
      const s = statuses[i]!;
      restarts += s.restartCount;
      const { waiting, terminated, running } = s.state;
      if (waiting?.reason) reason = waiting.reason;
      else if (terminated?.reason) reason = terminated.reason;
      else if (terminated) reason = terminated.signal ? `Signal:${terminated.signal}` : `ExitCode:${terminated.exitCode}`;
      else if (s.ready && running) {
        hasRunning = true;
        ready++;
      }
    }
    lastRestartAt = lastRestart(statuses, 0);
    if (reason === "Completed" && hasRunning) {
      reason = status.conditions?.some((c) => c.type === "Ready" && c.status === "True") ? "Running" : "NotReady";
    }
  }
  const terminal = status.phase === "Succeeded" || status.phase === "Failed";
  if (pod.metadata.deletionTimestamp && status.reason === "NodeLost") reason = "Unknown";
  else if (pod.metadata.deletionTimestamp && !terminal) reason = "Terminating";

  const restartsText = restarts !== 0 && lastRestartAt ? `${restarts} (${since(new Date(lastRestartAt).toISOString(), now)} ago)` : String(restarts);
  const gates = (pod.spec.readinessGates as Array<{ conditionType: string }> | undefined) ?? [];
  const gateText = gates.length
    ? `${gates.filter((g) => status.conditions?.some((c) => c.type === g.conditionType && c.status === "True")).length}/${gates.length}`
    : "<none>";
  return [
    pod.metadata.name,
    `${ready}/${pod.spec.containers.length}`,
    reason,
    restartsText,
    since(pod.metadata.creationTimestamp, now),
    status.podIPs?.[0]?.ip || "<none>",
    pod.spec.nodeName || "<none>",
    (status.nominatedNodeName as string | undefined) || "<none>",
    gateText,
  ];
}

export const podTable: TablePrinter = {
  columns: [
    NAME_COLUMN,
    col("Ready", "string", "The aggregate readiness state of this pod for accepting traffic."),
    col("Status", "string", "The aggregate status of the containers in this pod."),
    col("Restarts", "string", "The number of times the containers in this pod have been restarted and when the last container in this pod has restarted."),
    AGE_COLUMN,
    col("IP", "string", "podIP address allocated to the pod. Routable at least within the cluster. Empty if not yet allocated.", 1),
    col("Node", "string", "NodeName indicates in which node this pod is scheduled.", 1),
    col("Nominated Node", "string", "nominatedNodeName is set only when this pod preempts other pods on the node.", 1),
    col("Readiness Gates", "string", "If specified, all readiness gates will be evaluated for pod readiness.", 1),
  ],
  cells: podCells,
};
