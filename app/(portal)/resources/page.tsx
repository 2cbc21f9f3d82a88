import { HydrationBoundary, dehydrate } from "@tanstack/react-query";
import { ResourcesOverview } from "@/components/resources/resources-overview";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { loadOrNotFound } from "@/lib/environments/load-page-data";
import { requireReader } from "@/lib/environments/require-reader";
import { clusterResourcesQuery, OVERVIEW_ROWS, overviewParamsOf, type OverviewState } from "@/lib/queries/resources";
import { getQueryClient } from "@/lib/queries/query-client";
import { getClusterOverview } from "@/lib/resources/read/get-cluster-overview";
import { parseOverviewQuery } from "@/lib/resources/read/overview-query";
import { resourcesContext } from "@/lib/resources/resources-context";

export const metadata = { title: "Resources" };
export const dynamic = "force-dynamic";

type Search = Record<string, string | undefined>;

export default async function ResourcesPage({ searchParams }: { searchParams: Promise<Search> }) {
  await requireReader();
  const search = await searchParams;
  const ctx = resourcesContext();
  const clusters = ctx.clusters.list().map((c) => ({ name: c.name, displayName: c.config.displayName ?? c.name }));
  const header = <PageHeader title="Resources" description="Every workload's CPU and memory: used now, requested, limited and advised, with what it reserves for nothing and what risks it runs." />;
  if (!clusters.length) return <>{header}<EmptyState title="No cluster configured">Configure clusters (README, “Which clusters”) to see their resources.</EmptyState></>;
  const cluster = clusters.find((c) => c.name === search.cluster)?.name ?? clusters[0]!.name;
  const query = await loadOrNotFound(async () => parseOverviewQuery({ ...search, cluster: undefined, format: undefined }));
  const initial: OverviewState = {
    cluster, namespace: query.namespace ?? "", team: query.team ?? "", environment: query.environment ?? "", q: query.q ?? "", sort: query.sort ?? "waste", direction: query.direction ?? "asc",
  };
  const { overview } = await loadOrNotFound(() => getClusterOverview(ctx, cluster, { ...query, limit: OVERVIEW_ROWS }));
  const queryClient = getQueryClient();
  queryClient.setQueryData(clusterResourcesQuery(cluster, overviewParamsOf(initial)).queryKey, overview);
  return (
    <>
      {header}
      <HydrationBoundary state={dehydrate(queryClient)}>
        <ResourcesOverview clusters={clusters} initial={initial} />
      </HydrationBoundary>
    </>
  );
}
