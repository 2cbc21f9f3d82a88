import "server-only";
import { LABEL_ENVIRONMENT } from "@/lib/conventions/branch-environments";
import { resolveCluster } from "@/lib/environments/resolve-target";
import type { ClusterCaches } from "@/lib/kube/cluster-caches";
import { workloadContainers, workloadNamespaces } from "../cluster/workload-containers";
import { usageAvailability } from "../live/describe-live-containers";
import type { ResourcesContext } from "../resources-context";
import type { ClusterResourcesDto, ResourceSort, WorkloadResourcesRowDto } from "../types";
import { describeNamespacePolicies } from "./describe-namespace-policies";
import { describeWorkloadRow } from "./describe-workload-rows";
import { loadClusterHistory } from "./load-cluster-history";
import { filterRows, sortRows, type RowFilter } from "./sort-resource-rows";
import { sumTotals } from "./sum-resource-totals";

// The SRE view of one cluster: every workload container with its usage, advice, waste and risk,
// filtered and sorted, totals per namespace and team, what the nodes offer and what is reserved
// (and how much of it by branch environments), and the quotas and limit ranges in force.

export interface OverviewQuery extends RowFilter {
  sort?: ResourceSort;
  direction?: "asc" | "desc";
  limit?: number;
}

/** What running pods reserve (their requests), in total and in branch environments. */
function reserved(caches: ClusterCaches) {
  const total = { cpu: 0, memory: 0 };
  const branch = { cpu: 0, memory: 0 };
  for (const namespace of caches.pods.namespaces()) {
    const isBranch = caches.namespaces.get("", namespace)?.labels[LABEL_ENVIRONMENT] === "branch";
    for (const pod of caches.pods.list(namespace)) {
      if (pod.phase === "Succeeded" || pod.phase === "Failed") continue;
      total.cpu += pod.requests.cpuMilli;
      total.memory += pod.requests.memoryBytes;
      if (!isBranch) continue;
      branch.cpu += pod.requests.cpuMilli;
      branch.memory += pod.requests.memoryBytes;
    }
  }
  return { total, branch };
}

export async function getClusterOverview(ctx: ResourcesContext, cluster: string, query: OverviewQuery = {}): Promise<{ overview: ClusterResourcesDto; rows: WorkloadResourcesRowDto[] }> {
  const runtime = await resolveCluster(ctx.clusters, cluster);
  const started = performance.now();
  const resources = ctx.resourcesOf(runtime);
  const nowMs = ctx.now();
  const [state, history] = await Promise.all([resources.poller.current(), loadClusterHistory(ctx, cluster, nowMs)]);
  const usage = usageAvailability(state);
  const { caches } = runtime;
  const containers = workloadContainers(caches, usage.available ? state.snapshot : undefined, workloadNamespaces(caches));
  const all = containers.map((c) => describeWorkloadRow(caches, c, history, resources.autoscaledOn(c.namespace, c.workload.kind, c.workload.name, c.container), usage.available, nowMs));
  const sort = query.sort ?? "waste";
  const rows = sortRows(filterRows(all, query), sort, query.direction);
  const allocatable = { cpu: 0, memory: 0 };
  for (const node of caches.nodes.list("")) {
    if (node.unschedulable) continue;
    allocatable.cpu += node.allocatable.cpuMilli;
    allocatable.memory += node.allocatable.memoryBytes;
  }
  const { total, branch } = reserved(caches);
  const overview: ClusterResourcesDto = {
    cluster: { name: runtime.name, displayName: runtime.config.displayName ?? runtime.name },
    usage,
    allocatable,
    requested: total,
    branchRequested: branch,
    namespaces: sumTotals(rows, (r) => r.namespace),
    teams: sumTotals(rows, (r) => r.team ?? "(no team)"),
    policies: describeNamespacePolicies(caches, new Set(rows.map((r) => r.namespace))),
    sort,
    total: rows.length,
    rows: query.limit === undefined ? rows : rows.slice(0, query.limit),
    tookMs: 0,
  };
  overview.tookMs = Math.round(performance.now() - started);
  return { overview, rows };
}
