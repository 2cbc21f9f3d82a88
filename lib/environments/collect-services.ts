import type { ClusterCaches } from "@/lib/kube/cluster-caches";
import type { PodRecord } from "@/lib/kube/kinds/pods";
import type { ReplicaSetRecord } from "@/lib/kube/kinds/replica-sets";
import type { ServiceRecord } from "@/lib/kube/kinds/services";
import type { WorkloadRecord } from "@/lib/kube/kinds/workloads";

// A Pier service is a Deployment or StatefulSet and the Service of the same name. Its pods are
// found by ownerReferences (pod -> ReplicaSet -> Deployment, or pod -> StatefulSet), as the
// controllers set them, reading only the one namespace's buckets.

export interface ServiceParts {
  workload: WorkloadRecord;
  service?: ServiceRecord;
  replicaSets: ReplicaSetRecord[];
  pods: PodRecord[];
}

export function collectServices(caches: ClusterCaches, namespace: string): ServiceParts[] {
  const workloads = [...caches.deployments.list(namespace), ...caches.statefulSets.list(namespace)].sort((a, b) => a.name.localeCompare(b.name));
  const parts = new Map<string, ServiceParts>();
  for (const workload of workloads) {
    parts.set(`${workload.kind}/${workload.name}`, { workload, service: caches.services.get(namespace, workload.name), replicaSets: [], pods: [] });
  }
  const deploymentOfReplicaSet = new Map<string, string>();
  for (const rs of caches.replicaSets.list(namespace)) {
    if (rs.owner?.kind !== "Deployment") continue;
    deploymentOfReplicaSet.set(rs.name, rs.owner.name);
    parts.get(`Deployment/${rs.owner.name}`)?.replicaSets.push(rs);
  }
  for (const pod of caches.pods.list(namespace)) {
    const owner = pod.owner;
    if (!owner) continue;
    const key = owner.kind === "ReplicaSet" ? `Deployment/${deploymentOfReplicaSet.get(owner.name)}` : `${owner.kind}/${owner.name}`;
    parts.get(key)?.pods.push(pod);
  }
  return [...parts.values()];
}
