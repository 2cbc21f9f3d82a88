import type { ResourceTotalsDto, WorkloadResourcesRowDto } from "../types";

// Totals of the SRE view per namespace and per team: what their replicas request (template x
// replicas), use now, and reserve for nothing (positive waste only: an under-sized workload does
// not pay for an over-sized one). Pure.

export function sumTotals(rows: WorkloadResourcesRowDto[], keyOf: (r: WorkloadResourcesRowDto) => string): ResourceTotalsDto[] {
  const totals = new Map<string, ResourceTotalsDto & { workloadSet: Set<string> }>();
  for (const r of rows) {
    const key = keyOf(r);
    const t = totals.get(key) ?? { key, workloads: 0, workloadSet: new Set<string>(), requests: { cpu: 0, memory: 0 }, usage: { cpu: 0, memory: 0 }, waste: { cpu: 0, memory: 0 } };
    t.workloadSet.add(`${r.namespace}/${r.workload}`);
    t.requests.cpu += (r.requests.cpu ?? 0) * r.replicas;
    t.requests.memory += (r.requests.memory ?? 0) * r.replicas;
    t.usage.cpu += (r.usage.cpu ?? 0) * r.replicas;
    t.usage.memory += (r.usage.memory ?? 0) * r.replicas;
    t.waste.cpu += Math.max(0, r.waste.cpu ?? 0);
    t.waste.memory += Math.max(0, r.waste.memory ?? 0);
    totals.set(key, t);
  }
  return [...totals.values()]
    .map(({ workloadSet, ...t }) => ({ ...t, workloads: workloadSet.size }))
    .sort((a, b) => b.requests.cpu - a.requests.cpu || a.key.localeCompare(b.key));
}
