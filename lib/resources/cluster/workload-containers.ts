import { collectServices } from "@/lib/environments/collect-services";
import type { ClusterCaches } from "@/lib/kube/cluster-caches";
import type { ContainerState, PodRecord } from "@/lib/kube/kinds/pods";
import type { WorkloadRecord } from "@/lib/kube/kinds/workloads";
import { podKey, type ContainerUsage, type UsageSnapshot } from "../live/parse-pod-metrics";

// Every container of every Deployment and StatefulSet of a cluster (or one namespace), with the
// pods running it and their usage from the latest metrics snapshot. Pods are found by owner
// references exactly as the environments area does (collectServices).

export interface PodContainer {
  pod: PodRecord;
  state: ContainerState;
  usage?: ContainerUsage;
}

export interface WorkloadContainer {
  namespace: string;
  workload: WorkloadRecord;
  container: string;
  pods: PodContainer[];
}

export function workloadContainers(caches: ClusterCaches, snapshot: UsageSnapshot | undefined, namespaces: Iterable<string>): WorkloadContainer[] {
  const out: WorkloadContainer[] = [];
  for (const namespace of namespaces) {
    for (const parts of collectServices(caches, namespace)) {
      for (const spec of parts.workload.containers) {
        const pods: PodContainer[] = [];
        for (const pod of parts.pods) {
          const state = pod.containers.find((c) => c.name === spec.name);
          if (!state) continue;
          pods.push({ pod, state, usage: snapshot?.pods.get(podKey(namespace, pod.name))?.get(spec.name) });
        }
        out.push({ namespace, workload: parts.workload, container: spec.name, pods });
      }
    }
  }
  return out;
}

/** Namespaces that hold workloads. */
export function workloadNamespaces(caches: ClusterCaches): string[] {
  return [...new Set([...caches.deployments.namespaces(), ...caches.statefulSets.namespaces()])].sort();
}

/** Mean and max over the replicas that report usage; undefined when none does. */
export function aggregateUsage(pods: PodContainer[]): { cpuAvg: number; cpuMax: number; memAvg: number; memMax: number; reporting: number } | undefined {
  const reporting = pods.filter((p) => p.usage);
  if (!reporting.length) return undefined;
  let cpu = 0, mem = 0, cpuMax = 0, memMax = 0;
  for (const { usage } of reporting) {
    cpu += usage!.cpu;
    mem += usage!.memory;
    cpuMax = Math.max(cpuMax, usage!.cpu);
    memMax = Math.max(memMax, usage!.memory);
  }
  return { cpuAvg: cpu / reporting.length, cpuMax, memAvg: mem / reporting.length, memMax, reporting: reporting.length };
}

/** A gone pod's workload from its name: `<deployment>-<hash>-<5>` or `<statefulset>-<ordinal>`. */
export function workloadOfPodName(pod: string): string {
  const deployment = /^(.+)-[a-z0-9]{6,10}-[a-z0-9]{5}$/.exec(pod);
  if (deployment) return deployment[1]!;
  const ordinal = /^(.+)-\d+$/.exec(pod);
  return ordinal ? ordinal[1]! : pod;
}

/** The workload a pod belongs to: by owner references while it exists, else by its name. */
export function workloadOfPod(caches: ClusterCaches, namespace: string, pod: string): string {
  const owner = caches.pods.get(namespace, pod)?.owner;
  if (owner?.kind === "ReplicaSet") return caches.replicaSets.get(namespace, owner.name)?.owner?.name ?? workloadOfPodName(pod);
  if (owner?.kind === "StatefulSet") return owner.name;
  return workloadOfPodName(pod);
}
