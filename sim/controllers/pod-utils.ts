// Pod predicates shared by the workload controllers (controller.FilterActivePods and friends).
import type { ClusterContext } from "../cluster/context";
import type { Pod } from "../types/core";
import type { KObject } from "../types/meta";

export const isTerminal = (pod: Pod) => pod.status?.phase === "Succeeded" || pod.status?.phase === "Failed";
export const isActive = (pod: Pod) => !pod.metadata.deletionTimestamp && !isTerminal(pod);
export const isReady = (pod: Pod) => pod.status?.conditions?.some((c) => c.type === "Ready" && c.status === "True") ?? false;

/** Ready for at least minReadySeconds of simulated time. */
export function isAvailable(ctx: ClusterContext, pod: Pod, minReadySeconds: number): boolean {
  if (!isReady(pod)) return false;
  if (!minReadySeconds) return true;
  const since = pod.status?.conditions?.find((c) => c.type === "Ready")?.lastTransitionTime;
  return ctx.clock.simElapsedSince(since) >= minReadySeconds * 1000;
}

/** Objects of a resource whose controller ownerReference is `owner`. */
export function ownedBy<T extends KObject>(ctx: ClusterContext, owner: KObject, resource: string): T[] {
  return ctx.store.dependentsOf(owner.metadata.uid ?? "")
    .filter((ref) => ref.resource === resource)
    .map((ref) => ctx.store.get(resource, ref.namespace, ref.name)?.object as T | undefined)
    .filter((o): o is T => o !== undefined && (o.metadata.ownerReferences ?? []).some((r) => r.uid === owner.metadata.uid && r.controller));
}

/** Order in which a ReplicaSet deletes surplus pods (controller.ActivePods' Less). */
export function deletionOrder(a: Pod, b: Pod): number {
  const assigned = (p: Pod) => (p.spec.nodeName ? 1 : 0);
  const phaseRank = (p: Pod) => ({ Pending: 0, Unknown: 1, Running: 2 } as Record<string, number>)[p.status?.phase ?? "Pending"] ?? 0;
  const restarts = (p: Pod) => (p.status?.containerStatuses ?? []).reduce((n, s) => n + s.restartCount, 0);
  return assigned(a) - assigned(b)
    || phaseRank(a) - phaseRank(b)
    || Number(isReady(a)) - Number(isReady(b))
    || restarts(b) - restarts(a)
    || Date.parse(b.metadata.creationTimestamp ?? "") - Date.parse(a.metadata.creationTimestamp ?? "");
}

export function ownerRef(owner: KObject, blockOwnerDeletion = true) {
  return { apiVersion: owner.apiVersion ?? "", kind: owner.kind ?? "", name: owner.metadata.name ?? "", uid: owner.metadata.uid ?? "", controller: true, blockOwnerDeletion };
}
