import type { ResourceSort, WorkloadResourcesRowDto } from "../types";

// Filtering and ordering the SRE view. "waste" weighs CPU and memory together at the usual cloud
// price ratio, 1 core for 4 GiB; the others are single keys. Ties go by namespace, workload,
// container, so the order is stable. Pure.

export const resourceSorts: ResourceSort[] = ["waste", "cpu-waste", "memory-waste", "risk", "team", "namespace", "workload"];
const GiB = 2 ** 30;

export interface RowFilter {
  namespace?: string;
  team?: string;
  environment?: "branch" | "production" | "other";
  q?: string;
}

export function filterRows(rows: WorkloadResourcesRowDto[], f: RowFilter): WorkloadResourcesRowDto[] {
  const q = f.q?.trim().toLowerCase();
  return rows.filter(
    (r) =>
      (!f.namespace || r.namespace === f.namespace) &&
      (!f.team || r.team === f.team) &&
      (!f.environment || r.environment === f.environment) &&
      (!q || `${r.namespace} ${r.branch ?? ""} ${r.workload} ${r.container} ${r.team ?? ""}`.toLowerCase().includes(q)),
  );
}

export const combinedWaste = (r: WorkloadResourcesRowDto) => (r.waste.cpu ?? 0) / 1000 + (r.waste.memory ?? 0) / (4 * GiB);

const keys: Record<ResourceSort, (r: WorkloadResourcesRowDto) => number | string> = {
  waste: (r) => -combinedWaste(r),
  "cpu-waste": (r) => -(r.waste.cpu ?? -Infinity),
  "memory-waste": (r) => -(r.waste.memory ?? -Infinity),
  risk: (r) => -r.risk.score,
  team: (r) => r.team ?? "\uffff",
  namespace: (r) => r.namespace,
  workload: (r) => r.workload,
};

export function sortRows(rows: WorkloadResourcesRowDto[], sort: ResourceSort, direction: "asc" | "desc" = "asc"): WorkloadResourcesRowDto[] {
  const key = keys[sort];
  const sign = direction === "desc" ? -1 : 1;
  return [...rows].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    const primary = typeof ka === "number" && typeof kb === "number" ? ka - kb : String(ka).localeCompare(String(kb));
    return sign * primary || a.namespace.localeCompare(b.namespace) || a.workload.localeCompare(b.workload) || a.container.localeCompare(b.container);
  });
}
