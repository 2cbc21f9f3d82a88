import { HydrationBoundary, dehydrate } from "@tanstack/react-query";
import type { Metadata } from "next";
import { EnvironmentView } from "@/components/environments/environment-view";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { getEnvironment } from "@/lib/environments/get-environment";
import { loadOrNotFound } from "@/lib/environments/load-page-data";
import { requireReader } from "@/lib/environments/require-reader";
import { getClusters } from "@/lib/kube/cluster-registry";
import { environmentKeys } from "@/lib/queries/environments";
import { getQueryClient } from "@/lib/queries/query-client";

type Params = { cluster: string; namespace: string };

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { namespace } = await params;
  return { title: namespace };
}

export default async function EnvironmentPage({ params }: { params: Promise<Params> }) {
  await requireReader();
  const { cluster, namespace } = await params;
  const environment = await loadOrNotFound(() => getEnvironment(getClusters(), cluster, namespace));
  const queryClient = getQueryClient();
  queryClient.setQueryData(environmentKeys.environment(cluster, namespace), environment);
  const { summary } = environment;
  return (
    <>
      <PageHeader
        title={summary.kind === "production" ? `${namespace} (production)` : (summary.branch ?? namespace)}
        description={
          <span className="inline-flex items-center gap-2">
            {summary.kind === "production" ? <Badge tone="brand">production</Badge> : <Badge>branch environment</Badge>}
            in {environment.cluster.displayName}
          </span>
        }
      />
      <HydrationBoundary state={dehydrate(queryClient)}>
        <EnvironmentView cluster={cluster} namespace={namespace} />
      </HydrationBoundary>
    </>
  );
}
