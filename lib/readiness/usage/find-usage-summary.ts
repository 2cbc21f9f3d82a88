import type { UsageSummary } from "./usage-summary";

// Where readiness gets a workload's usage. The resources work (issue 7) owns usage history;
// until it exports a reader, there is no usage data and the check says so rather than guess.
// When it lands: return its summary for (cluster, namespace, workload) here, nothing else changes.
export async function findUsageSummary(_target: { cluster: string; namespace: string; workload: string }): Promise<UsageSummary | null> {
  return null;
}
