import type { ClusterRuntime } from "@/lib/kube/cluster-runtime";
import type { Clusters } from "@/lib/kube/clusters";
import { describeCluster } from "./describe-cluster";
import { resolveCluster } from "./resolve-target";
import { forgetEnvironmentsExcept, summarizeEnvironment } from "./summarize-environment";
import type { ClusterDto, EnvironmentListDto, EnvironmentSummaryDto } from "./types";

/** Every environment of one cluster (production first, then by branch), with the cluster's status. */
export function listEnvironments(runtime: ClusterRuntime): EnvironmentListDto {
  const environments: EnvironmentSummaryDto[] = [];
  const namespaces = runtime.caches.namespaces.list("");
  for (const ns of namespaces) {
    const summary = summarizeEnvironment(runtime, ns);
    if (summary) environments.push(summary);
  }
  forgetEnvironmentsExcept(runtime, new Set(namespaces.map((ns) => ns.name)));
  environments.sort((a, b) => (a.kind === b.kind ? (a.branch ?? a.namespace).localeCompare(b.branch ?? b.namespace) : a.kind === "production" ? -1 : 1));
  return { cluster: describeCluster(runtime), environments };
}

/** GET /api/clusters/<cluster>/namespaces: the named cluster's environments. */
export async function listClusterEnvironments(clusters: Clusters, cluster: string): Promise<EnvironmentListDto> {
  return listEnvironments(await resolveCluster(clusters, cluster));
}

/** Every cluster with its status; waits a little on first use so a fresh process answers with data. */
export async function listClusters(clusters: Clusters): Promise<ClusterDto[]> {
  await Promise.all(clusters.list().map((runtime) => runtime.whenSettled(3_000)));
  return clusters.list().map(describeCluster);
}
