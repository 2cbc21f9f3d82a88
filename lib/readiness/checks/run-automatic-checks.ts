import { deploymentsKind } from "@/lib/kube/kinds/workloads";
import type { Checklist } from "../checklist/checklist-schema";
import type { ServiceObjects } from "../cluster/readiness-watch";
import type { UsageSummary } from "../usage/usage-summary";
import { checks } from "./check-registry";
import type { CheckInput, CheckResult } from "./check-types";

// Runs every automatic item of the checklist for one service. Without its production
// workload (not deployed there, or the cluster unreachable) cluster checks are "unknown" with
// the reason; the docs check still runs. A check that throws is "unknown", never a crash.

export interface AutomaticContext {
  objects: ServiceObjects | null;
  /** Why the cluster could not be read, when it could not. */
  clusterProblem: string | null;
  /** "production/production", for messages. */
  where: string;
  service: string;
  docs: CheckInput["docs"];
  usage: UsageSummary | null;
}

export function runAutomaticChecks(checklist: Checklist, context: AutomaticContext): Map<string, CheckResult> {
  const results = new Map<string, CheckResult>();
  const workload = context.objects?.workload ?? null;
  for (const item of checklist.standards.flatMap((s) => s.items)) {
    if (item.kind !== "automatic" || !item.check) continue;
    const check = checks[item.check]!;
    if (check.readsCluster && !workload) {
      const reason = context.clusterProblem ?? `no Deployment or StatefulSet named ${context.service} in ${context.where}`;
      results.set(item.id, { status: "unknown", reason: `unknown: ${reason}` });
      continue;
    }
    const input: CheckInput = {
      workload: workload ?? deploymentsKind.project({ metadata: { name: context.service } }), // read by no check that runs without one
      disruptionBudgets: context.objects?.disruptionBudgets ?? [],
      autoscalers: context.objects?.autoscalers ?? [],
      usage: context.usage,
      docs: context.docs,
    };
    try {
      results.set(item.id, check.run(input));
    } catch (error) {
      results.set(item.id, { status: "unknown", reason: `unknown: the check failed (${(error as Error).message})` });
    }
  }
  return results;
}
