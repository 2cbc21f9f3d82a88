import type { PodRecord } from "@/lib/kube/kinds/pods";
import type { WorkloadRecord } from "@/lib/kube/kinds/workloads";
import { problemSeverity, type Problem, type RolloutDto } from "./types";

// Health the way kubectl reports it: `rollout status` for Deployments and StatefulSets
// (kubectl/pkg/polymorphichelpers/rollout_status.go) and the STATUS column of `get pods`.
// Pure: unit-tested without a cluster.

function deploymentRollout(d: WorkloadRecord): RolloutDto {
  const s = d.status;
  const waiting = (message: string): RolloutDto => ({ state: "progressing", message: `Waiting for deployment "${d.name}" rollout to finish: ${message}` });
  if (d.generation > s.observedGeneration) return { state: "progressing", message: "Waiting for deployment spec update to be observed..." };
  if (s.conditions.some((c) => c.type === "Progressing" && c.reason === "ProgressDeadlineExceeded")) {
    return { state: "failed", message: `deployment "${d.name}" exceeded its progress deadline` };
  }
  if (s.updatedReplicas < d.replicas) return waiting(`${s.updatedReplicas} out of ${d.replicas} new replicas have been updated...`);
  if (s.replicas > s.updatedReplicas) return waiting(`${s.replicas - s.updatedReplicas} old replicas are pending termination...`);
  if (s.availableReplicas < s.updatedReplicas) return waiting(`${s.availableReplicas} of ${s.updatedReplicas} updated replicas are available...`);
  return { state: "complete", message: `deployment "${d.name}" successfully rolled out` };
}

function statefulSetRollout(ss: WorkloadRecord): RolloutDto {
  const s = ss.status;
  if (ss.strategy !== "RollingUpdate") return { state: "complete", message: "rollout status is only available for RollingUpdate strategy type" };
  if (s.observedGeneration === 0 || ss.generation > s.observedGeneration) return { state: "progressing", message: "Waiting for statefulset spec update to be observed..." };
  if (s.readyReplicas < ss.replicas) return { state: "progressing", message: `Waiting for ${ss.replicas - s.readyReplicas} pods to be ready...` };
  if (ss.partition !== undefined && ss.partition > 0) {
    if (s.updatedReplicas < ss.replicas - ss.partition) {
      return { state: "progressing", message: `Waiting for partitioned roll out to finish: ${s.updatedReplicas} out of ${ss.replicas - ss.partition} new pods have been updated...` };
    }
    return { state: "complete", message: `partitioned roll out complete: ${s.updatedReplicas} new pods have been updated...` };
  }
  if (s.updateRevision !== s.currentRevision) {
    return { state: "progressing", message: `waiting for statefulset rolling update to complete ${s.updatedReplicas} pods at revision ${s.updateRevision}...` };
  }
  return { state: "complete", message: `statefulset rolling update complete ${s.currentReplicas ?? s.readyReplicas} pods at revision ${s.currentRevision}...` };
}

/** kubectl rollout status, plus "paused" for a paused Deployment (it will not progress by itself). */
export function rolloutStatus(workload: WorkloadRecord): RolloutDto {
  if (workload.kind === "StatefulSet") return statefulSetRollout(workload);
  if (workload.paused) return { state: "paused", message: `deployment "${workload.name}" is paused` };
  return deploymentRollout(workload);
}

/** The problem a pod shows, if any: a crash loop (OOMKilled when memory killed it), a failed pull, or Pending. */
export function podProblem(pod: PodRecord): Problem | undefined {
  let found: Problem | undefined;
  const consider = (problem: Problem) => {
    if (!found || problemSeverity.indexOf(problem) < problemSeverity.indexOf(found)) found = problem;
  };
  for (const c of pod.containers) {
    if (c.state === "waiting" && c.reason === "CrashLoopBackOff") consider(c.lastTermination?.reason === "OOMKilled" ? "OOMKilled" : "CrashLoopBackOff");
    else if (c.state === "terminated" && c.reason === "OOMKilled") consider("OOMKilled");
    else if (c.state === "waiting" && (c.reason === "ImagePullBackOff" || c.reason === "ErrImagePull")) consider("ImagePullBackOff");
  }
  if (!found && pod.phase === "Pending" && !pod.deleting) found = "Pending";
  return found;
}

/** The most severe problem among pods and how many pods have it. */
export function worstProblem(pods: PodRecord[]): { reason: Problem; pods: number } | undefined {
  const counts = new Map<Problem, number>();
  for (const pod of pods) {
    const problem = podProblem(pod);
    if (problem) counts.set(problem, (counts.get(problem) ?? 0) + 1);
  }
  const reason = problemSeverity.find((p) => counts.has(p));
  return reason ? { reason, pods: counts.get(reason)! } : undefined;
}

/** The STATUS column of `kubectl get pods` (printPod, without init containers). */
export function podStatusText(pod: PodRecord): string {
  let reason = pod.reason && pod.reason !== "Unschedulable" ? pod.reason : pod.phase;
  let hasRunning = false;
  for (const c of [...pod.containers].reverse()) {
    if (c.state === "waiting" && c.reason) reason = c.reason;
    else if (c.state === "terminated" && c.reason) reason = c.reason;
    else if (c.state === "running" && c.ready) hasRunning = true;
  }
  if (reason === "Completed" && hasRunning) reason = pod.ready ? "Running" : "NotReady";
  return pod.deleting ? "Terminating" : reason;
}
