import { parseQuantity, quantityOrUndefined } from "@/lib/kube/quantity";

// metrics.k8s.io's PodMetricsList cut to what Pier reads: per pod, per container, CPU in
// millicores (fractions kept: "1234567n" is 1.23m) and memory working set in bytes. Pure.

export interface ContainerUsage {
  cpu: number;
  memory: number;
}

export interface UsageSnapshot {
  /** When Pier read it, epoch ms. */
  observedAt: number;
  /** The window metrics-server averaged CPU over ("30s"). */
  window?: string;
  /** `${namespace}/${pod}` -> container -> usage. */
  pods: Map<string, Map<string, ContainerUsage>>;
}

type RawPodMetrics = {
  metadata?: { name?: string; namespace?: string };
  window?: string;
  containers?: Array<{ name?: string; usage?: { cpu?: string; memory?: string } }>;
};

export const podKey = (namespace: string, pod: string) => `${namespace}/${pod}`;

export function parsePodMetrics(list: { items?: RawPodMetrics[] }, observedAt: number): UsageSnapshot {
  const pods = new Map<string, Map<string, ContainerUsage>>();
  let window: string | undefined;
  for (const item of list.items ?? []) {
    const { name, namespace } = item.metadata ?? {};
    if (!name || namespace === undefined) continue;
    window ??= item.window;
    const containers = new Map<string, ContainerUsage>();
    for (const c of item.containers ?? []) {
      const cpu = quantityOrUndefined(c.usage?.cpu, (q) => parseQuantity(q) * 1000);
      const memory = quantityOrUndefined(c.usage?.memory, parseQuantity);
      if (c.name && cpu !== undefined && memory !== undefined) containers.set(c.name, { cpu, memory });
    }
    pods.set(podKey(namespace, name), containers);
  }
  return { observedAt, window, pods };
}
