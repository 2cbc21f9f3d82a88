import "server-only";
import { LookupError } from "@/lib/environments/lookup-error";
import { resourcesOfSpec } from "../advice/advise-container";
import type { ResourcesContext } from "../resources-context";
import { historyRanges, type HistoryRange, type UsageHistoryDto } from "../types";
import { findWorkload } from "./find-workload";
import { RANGE_SPECS, readUsageHistory } from "./read-usage-history";

// One container's chart: usage over the range, the current request and limit to draw as lines,
// and the OOM kills and restarts to mark.

export async function getServiceHistory(ctx: ResourcesContext, cluster: string, namespace: string, service: string, query: { container?: string; range?: string }): Promise<UsageHistoryDto> {
  const range = (query.range ?? "24h") as HistoryRange;
  if (!historyRanges.includes(range)) throw new LookupError(400, `range must be one of ${historyRanges.join(", ")}`);
  const { resources, parts } = await findWorkload(ctx, cluster, namespace, service);
  const spec = query.container ? parts.workload.containers.find((c) => c.name === query.container) : parts.workload.containers[0];
  if (!spec) throw new LookupError(404, `container "${query.container}" not found in service "${service}"`);
  const nowMs = ctx.now();
  let history;
  try {
    history = await readUsageHistory(ctx.db, resources, { namespace, workload: parts.workload, container: spec.name }, range, nowMs);
  } catch (error) {
    throw new LookupError(503, `usage history unavailable: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
  }
  const { requests, limits } = resourcesOfSpec(spec);
  return {
    cluster, namespace, service, container: spec.name, range, source: history.source, stepSeconds: history.stepSeconds,
    from: new Date(nowMs - RANGE_SPECS[range].minutes * 60_000).toISOString(), to: new Date(nowMs).toISOString(),
    requests, limits, points: history.points, events: history.events,
  };
}
