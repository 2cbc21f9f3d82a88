import type { ClusterCaches } from "@/lib/kube/cluster-caches";
import type { NamespacePolicyDto } from "../types";

/** ResourceQuotas and LimitRanges of the namespaces that have any. */
export function describeNamespacePolicies(caches: Pick<ClusterCaches, "resourceQuotas" | "limitRanges">, namespaces: Iterable<string>): NamespacePolicyDto[] {
  const out: NamespacePolicyDto[] = [];
  for (const namespace of namespaces) {
    const quotas = caches.resourceQuotas.list(namespace).map((q) => ({ name: q.name, hard: q.hard, used: q.used }));
    const limitRanges = caches.limitRanges.list(namespace).map((l) => ({ name: l.name, limits: l.limits }));
    if (quotas.length || limitRanges.length) out.push({ namespace, quotas, limitRanges });
  }
  return out.sort((a, b) => a.namespace.localeCompare(b.namespace));
}
