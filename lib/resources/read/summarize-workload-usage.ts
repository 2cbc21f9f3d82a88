import "server-only";
import type { UsageSummary } from "@/lib/readiness/usage/usage-summary";
import type { ResourcesContext } from "../resources-context";
import { loadWorkloadHistory } from "./load-workload-history";

// What readiness' "requests within reason of usage" check compares requests with: per container
// the p95 CPU and peak memory advice uses, over the history there is (null without any).

export async function summarizeWorkloadUsage(ctx: Pick<ResourcesContext, "db" | "now">, target: { cluster: string; namespace: string; workload: string }): Promise<UsageSummary | null> {
  const history = await loadWorkloadHistory(ctx, target.cluster, target.namespace, target.workload, ctx.now());
  const digests = [...history.digests];
  if (history.problem || !digests.length) return null;
  return {
    windowHours: Math.min(...digests.map(([, d]) => d.historyHours)),
    containers: digests.map(([container, d]) => ({ container, cpuP95Millicores: d.cpu.p95, memoryPeakBytes: d.memoryPeak })),
  };
}
