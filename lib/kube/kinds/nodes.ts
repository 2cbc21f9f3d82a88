import { parseMilli, parseUnits, quantityOrUndefined } from "../quantity";
import type { CacheKind } from "../watch-cache/cache-kind";
import { field, projectMeta, type ObjectMeta } from "./object-meta";

// Nodes, for what the cluster can give: allocatable CPU and memory (what requests are placed against).

export interface NodeRecord extends ObjectMeta {
  allocatable: { cpuMilli: number; memoryBytes: number };
  unschedulable: boolean;
}

export const nodesKind: CacheKind<NodeRecord> = {
  resource: "nodes",
  listPath: "/api/v1/nodes",
  project: (raw) => ({
    ...projectMeta(raw),
    allocatable: {
      cpuMilli: quantityOrUndefined(field(raw, "status", "allocatable", "cpu"), parseMilli) ?? 0,
      memoryBytes: quantityOrUndefined(field(raw, "status", "allocatable", "memory"), parseUnits) ?? 0,
    },
    unschedulable: field<boolean>(raw, "spec", "unschedulable") ?? false,
  }),
};
