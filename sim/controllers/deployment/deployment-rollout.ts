// Rolling update and recreate, as pkg/controller/deployment does them: scale the new
// ReplicaSet up within maxSurge, scale old ones down within maxUnavailable (unhealthy pods
// first), or, for Recreate, all old pods gone before new ones start.
import type { Deployment, ReplicaSet } from "../../types/workloads";
import { byCreation, fenceposts, specReplicas, sumSpec } from "./deployment-util";

export type ScaleFn = (rs: ReplicaSet, replicas: number) => ReplicaSet;

/** NewRSNewReplicas for a rolling update. */
export function newReplicasFor(d: Deployment, all: ReplicaSet[], newRS: ReplicaSet | undefined): number {
  const replicas = d.spec.replicas ?? 1;
  if (d.spec.strategy?.type === "Recreate") return replicas;
  const current = newRS ? specReplicas(newRS) : 0;
  const maxTotal = replicas + fenceposts(d).maxSurge;
  const running = sumSpec(all);
  if (running >= maxTotal) return current;
  return current + Math.min(maxTotal - running, replicas - current);
}

/** Returns true when the new ReplicaSet was scaled. */
export function reconcileNewReplicaSet(d: Deployment, all: ReplicaSet[], newRS: ReplicaSet, scale: ScaleFn): boolean {
  const replicas = d.spec.replicas ?? 1;
  if (specReplicas(newRS) === replicas) return false;
  if (specReplicas(newRS) > replicas) {
    scale(newRS, replicas);
    return true;
  }
  const target = newReplicasFor(d, all, newRS);
  if (target === specReplicas(newRS)) return false;
  scale(newRS, target);
  return true;
}

export function reconcileOldReplicaSets(d: Deployment, olds: ReplicaSet[], newRS: ReplicaSet, scale: ScaleFn): boolean {
  let oldRSs = olds.filter((rs) => specReplicas(rs) > 0).sort(byCreation);
  if (sumSpec(oldRSs) === 0) return false;
  const replicas = d.spec.replicas ?? 1;
  const minAvailable = replicas - fenceposts(d).maxUnavailable;
  const newUnavailable = specReplicas(newRS) - (newRS.status?.availableReplicas ?? 0);
  const maxScaledDown = sumSpec([...oldRSs, newRS]) - minAvailable - newUnavailable;
  if (maxScaledDown <= 0) return false;

  // Unhealthy old pods go first: they do not count towards availability anyway.
  let cleaned = 0;
  oldRSs = oldRSs.map((rs) => {
    const unhealthy = specReplicas(rs) - (rs.status?.availableReplicas ?? 0);
    if (cleaned >= maxScaledDown || unhealthy <= 0) return rs;
    const down = Math.min(maxScaledDown - cleaned, unhealthy);
    cleaned += down;
    return scale(rs, specReplicas(rs) - down);
  });

  const available = [...oldRSs, newRS].reduce((n, rs) => n + Math.min(rs.status?.availableReplicas ?? 0, specReplicas(rs)), 0);
  let scaledDown = 0;
  if (available > minAvailable) {
    const total = available - minAvailable;
    for (const rs of oldRSs) {
      if (scaledDown >= total || specReplicas(rs) === 0) continue;
      const down = Math.min(specReplicas(rs), total - scaledDown);
      scaledDown += down;
      scale(rs, specReplicas(rs) - down);
    }
  }
  return cleaned + scaledDown > 0;
}

/** Recreate: old ReplicaSets to zero; the new one only once no old pod is left. */
export function recreate(d: Deployment, olds: ReplicaSet[], newRS: ReplicaSet, oldPodsLeft: boolean, scale: ScaleFn): void {
  let scaledDown = false;
  for (const rs of olds) {
    if (specReplicas(rs) > 0) {
      scale(rs, 0);
      scaledDown = true;
    }
  }
  if (scaledDown || oldPodsLeft) return;
  if (specReplicas(newRS) !== (d.spec.replicas ?? 1)) scale(newRS, d.spec.replicas ?? 1);
}
