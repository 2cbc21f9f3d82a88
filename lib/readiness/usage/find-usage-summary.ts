import "server-only";
import { summarizeWorkloadUsage } from "@/lib/resources/read/summarize-workload-usage";
import { resourcesContext } from "@/lib/resources/resources-context";
import type { UsageSummary } from "./usage-summary";

// Where readiness gets a workload's usage: the resources area's history (lib/resources), the
// same p95 CPU and peak memory its advice starts from; null (the check says "unknown: no usage
// data") while there is none.
export async function findUsageSummary(target: { cluster: string; namespace: string; workload: string }): Promise<UsageSummary | null> {
  return summarizeWorkloadUsage(resourcesContext(), target);
}
