import type { DisruptionBudgetRecord } from "@/lib/kube/kinds/disruption-budgets";
import { fail, pass, type CheckDefinition } from "./check-types";
import { describeLabels, matchesSelector } from "./match-selector";

// A PodDisruptionBudget selecting the pods that still lets one go: without one a node drain
// may evict every replica at once; with minAvailable = replicas (or maxUnavailable 0) drains hang.
// Healthy pods needed are computed as the disruption controller does (percentages round up).

function scaled(value: number | string, total: number): number {
  if (typeof value === "number") return value;
  const percent = /^(\d+)%$/.exec(value);
  return percent ? Math.ceil((Number(percent[1]) * total) / 100) : Number(value) || 0;
}

export function disruptionsAllowedBySpec(pdb: DisruptionBudgetRecord, replicas: number): number {
  if (pdb.maxUnavailable !== undefined) return Math.max(0, Math.min(replicas, scaled(pdb.maxUnavailable, replicas)));
  if (pdb.minAvailable !== undefined) return Math.max(0, replicas - scaled(pdb.minAvailable, replicas));
  return 0;
}

const describe = (pdb: DisruptionBudgetRecord) =>
  pdb.maxUnavailable !== undefined ? `maxUnavailable ${pdb.maxUnavailable}` : pdb.minAvailable !== undefined ? `minAvailable ${pdb.minAvailable}` : "neither minAvailable nor maxUnavailable";

export const disruptionBudgetCheck: CheckDefinition = {
  id: "disruption-budget",
  summary: "a PodDisruptionBudget selects the pods and allows at least one disruption",
  readsCluster: true,
  run({ workload, disruptionBudgets }) {
    const matching = disruptionBudgets.filter((pdb) => pdb.selector && matchesSelector(pdb.selector, workload.podLabels));
    if (matching.length === 0) return fail(`no PodDisruptionBudget selects the pods (${describeLabels(workload.podLabels)}): a node drain may evict every replica at once`);
    if (matching.length > 1) return fail(`${matching.length} PodDisruptionBudgets select the pods (${matching.map((p) => p.name).join(", ")}): the eviction API refuses pods with more than one`);
    const pdb = matching[0]!;
    const allowed = disruptionsAllowedBySpec(pdb, workload.replicas);
    if (allowed === 0) return fail(`PodDisruptionBudget ${pdb.name} (${describe(pdb)}) with ${workload.replicas} replicas allows no disruption: node drains hang`);
    const now = pdb.disruptionsAllowed !== undefined && pdb.disruptionsAllowed < allowed ? `; ${pdb.disruptionsAllowed} right now (${pdb.currentHealthy ?? 0} healthy)` : "";
    return pass(`PodDisruptionBudget ${pdb.name} (${describe(pdb)}) allows ${allowed} of ${workload.replicas} pods to be evicted at a time${now}`);
  },
};
