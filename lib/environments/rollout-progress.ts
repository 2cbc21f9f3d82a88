import type { PodRecord } from "@/lib/kube/kinds/pods";
import type { ReplicaSetRecord } from "@/lib/kube/kinds/replica-sets";
import type { ServiceParts } from "./collect-services";
import type { ReplicaSetProgressDto, RolloutProgressDto } from "./types";
import { podProblem, rolloutStatus } from "./workload-health";

// Follows a rollout the way kubectl rollout status does (workload-health.ts), and calls a
// failure as early as a person watching would: new pods crash-looping (or restarting with a
// non-zero exit), OOM-killed, or unable to pull their image, long before the progress deadline.
// Pure.

const FAILING = new Set(["CrashLoopBackOff", "OOMKilled", "ImagePullBackOff"]);
/** Restarts with an error exit that count as crashing before the kubelet's back-off says so. */
const EARLY_RESTARTS = 2;

function progressOf(rs: ReplicaSetRecord): ReplicaSetProgressDto {
  return { name: rs.name, revision: rs.revision, desired: rs.replicas, current: rs.currentReplicas, ready: rs.readyReplicas, available: rs.availableReplicas, images: rs.images };
}

function failingReason(pod: PodRecord): { reason: string; detail: string } | undefined {
  const problem = podProblem(pod);
  const crashed = pod.containers.find((c) => c.restartCount >= EARLY_RESTARTS && (c.lastTermination?.exitCode ?? 0) !== 0);
  const reason = problem && FAILING.has(problem) ? problem : crashed ? "CrashLoopBackOff" : undefined;
  if (!reason) return undefined;
  const c = pod.containers.find((x) => x.reason === reason || x.restartCount > 0) ?? pod.containers[0];
  const exit = c?.lastTermination?.exitCode;
  const detail = reason === "ImagePullBackOff" ? `cannot pull ${c?.image ?? "its image"}` : `${c?.restartCount ?? 0} restarts${exit !== undefined ? `, last exit code ${exit}` : ""}${c?.lastTermination?.reason ? ` (${c.lastTermination.reason})` : ""}`;
  return { reason, detail };
}

export function rolloutProgress(parts: ServiceParts): RolloutProgressDto {
  const { workload } = parts;
  const kubectl = rolloutStatus(workload);
  if (workload.kind !== "Deployment") return { state: kubectl.state, message: kubectl.message, oldReplicaSets: [] };
  const revision = Number(workload.annotations["deployment.kubernetes.io/revision"] ?? 0) || undefined;
  const observed = workload.status.observedGeneration >= workload.generation;
  const newRs = observed ? parts.replicaSets.find((rs) => rs.revision === revision) : undefined;
  const oldReplicaSets = parts.replicaSets.filter((rs) => rs !== newRs && (rs.replicas > 0 || rs.currentReplicas > 0)).sort((a, b) => b.revision - a.revision).map(progressOf);
  const base = { revision, newReplicaSet: newRs && progressOf(newRs), oldReplicaSets };
  const deadline = workload.status.conditions.find((c) => c.type === "Progressing" && c.reason === "ProgressDeadlineExceeded");
  const failing = newRs && kubectl.state !== "complete" ? parts.pods.filter((p) => p.owner?.name === newRs.name && !p.deleting).flatMap((p) => {
        const why = failingReason(p);
        return why ? [{ pod: p.name, ...why }] : [];
      }) : [];
  if (failing.length > 0) {
    const first = failing[0]!;
    const message = `new pods of revision ${newRs!.revision} are failing: ${first.reason} (${first.pod}: ${first.detail})`;
    return { ...base, state: "failed", message, failure: { reason: first.reason, message, pods: failing.map((f) => f.pod) } };
  }
  if (kubectl.state === "failed") {
    return { ...base, state: "failed", message: kubectl.message, failure: { reason: "ProgressDeadlineExceeded", message: deadline?.message ?? kubectl.message, pods: [] } };
  }
  return { ...base, state: kubectl.state, message: kubectl.message };
}
