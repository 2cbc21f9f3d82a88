import { parseMilli, parseUnits } from "../quantity";
import type { CacheKind } from "../watch-cache/cache-kind";
import { field, projectMeta, type ObjectMeta } from "./object-meta";

// Nodes, for what the cluster can give: allocatable CPU and memory (what requests are placed against).

export interface NodeRecord extends ObjectMeta {
  allocatable: { cpuMilli: number; memoryBytes: number };
  unschedulable: boolean;
}

function quantity(value: unknown, parse: (text: string) => number): number {
  try {
    return value === undefined ? 0 : parse(String(value));
  } catch {
    return 0;
  }
}

export const nodesKind: CacheKind<NodeRecord> = {
  resource: "nodes",
  listPath: "/api/v1/nodes",
  project: (raw) => ({
    ...projectMeta(raw),
    allocatable: { cpuMilli: quantity(field(raw, "status", "allocatable", "cpu"), parseMilli), memoryBytes: quantity(field(raw, "status", "allocatable", "memory"), parseUnits) },
    unschedulable: field<boolean>(raw, "spec", "unschedulable") ?? false,
  }),
};
