import type { AutoscalerRecord } from "@/lib/kube/kinds/autoscalers";
import type { DisruptionBudgetRecord } from "@/lib/kube/kinds/disruption-budgets";
import type { WorkloadRecord } from "@/lib/kube/kinds/workloads";
import type { UsageSummary } from "../usage/usage-summary";

// An automatic check: a pure function from a service's production objects to a status and a
// reason a person can act on ("2 of 3 containers have no memory limit: web, sidekiq").

export type CheckStatus = "pass" | "fail" | "unknown" | "not-applicable";

export interface CheckResult {
  status: CheckStatus;
  reason: string;
}

export interface CheckInput {
  workload: WorkloadRecord;
  /** Every PodDisruptionBudget of the namespace (the check finds those selecting the pods). */
  disruptionBudgets: DisruptionBudgetRecord[];
  autoscalers: AutoscalerRecord[];
  usage: UsageSummary | null;
  docs: { runbook: string | null; architecture: string | null; runbookPath: string; architecturePath: string };
}

export interface CheckDefinition {
  id: string;
  /** What it checks, for the checklist docs and error messages. */
  summary: string;
  /** Needs the workload from the cluster (all but the docs check). */
  readsCluster: boolean;
  run(input: CheckInput): CheckResult;
}

export const pass = (reason: string): CheckResult => ({ status: "pass", reason });
export const fail = (reason: string): CheckResult => ({ status: "fail", reason });

/** "2 of 3 containers have no memory limit: web, sidekiq". */
export function containersLacking(what: string, names: string[], total: number): string {
  const noun = total === 1 ? "container" : "containers";
  const verb = names.length === 1 ? "has" : "have";
  return `${names.length} of ${total} ${noun} ${verb} no ${what}: ${names.join(", ")}`;
}
