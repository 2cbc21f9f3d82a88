import type { PodRecord } from "@/lib/kube/kinds/pods";
import type { ReplicaSetRecord } from "@/lib/kube/kinds/replica-sets";
import type { PodDto } from "./types";
import { podStatusText } from "./workload-health";

/** Pods as `kubectl get pods` lists them, with the ReplicaSet revision each runs. */
export function describePods(pods: PodRecord[], replicaSets: ReplicaSetRecord[]): PodDto[] {
  const revisionOf = new Map(replicaSets.map((rs) => [rs.name, rs.revision]));
  return [...pods]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((pod) => {
      const last = pod.containers.map((c) => c.lastTermination).find((t) => t?.reason);
      return {
        name: pod.name,
        phase: pod.phase,
        status: podStatusText(pod),
        ready: `${pod.containers.filter((c) => c.ready).length}/${pod.containers.length}`,
        restarts: pod.containers.reduce((sum, c) => sum + c.restartCount, 0),
        lastTermination: last ? `${last.reason}${last.exitCode !== undefined ? ` (exit ${last.exitCode})` : ""}` : undefined,
        node: pod.nodeName,
        ip: pod.podIP,
        createdAt: pod.createdAt,
        revision: pod.owner?.kind === "ReplicaSet" ? revisionOf.get(pod.owner.name) : undefined,
        containers: pod.containers.map((c) => ({ name: c.name, state: c.state, reason: c.reason, ready: c.ready, restarts: c.restartCount, lastTermination: c.lastTermination })),
      };
    });
}
