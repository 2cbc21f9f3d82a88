import type { ClusterResources } from "../cluster/cluster-resources";
import type { NamespacePolicyDto } from "../types";

/** ResourceQuotas and LimitRanges of the namespaces that have any. */
export function describeNamespacePolicies(resources: ClusterResources, namespaces: Iterable<string>): NamespacePolicyDto[] {
  const out: NamespacePolicyDto[] = [];
  for (const namespace of namespaces) {
    const quotas = resources.quotas.list(namespace).map((q) => ({ name: q.name, hard: q.hard, used: q.used }));
    const limitRanges = resources.limitRanges.list(namespace).map((l) => ({ name: l.name, limits: l.limits }));
    if (quotas.length || limitRanges.length) out.push({ namespace, quotas, limitRanges });
  }
  return out.sort((a, b) => a.namespace.localeCompare(b.namespace));
}
