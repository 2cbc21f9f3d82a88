import { HydrationBoundary, dehydrate } from "@tanstack/react-query";
import type { Metadata } from "next";
import { ServiceView } from "@/components/environments/service-view";
import { PageHeader } from "@/components/ui/page-header";
import { getService } from "@/lib/environments/get-service";
import { loadOrNotFound } from "@/lib/environments/load-page-data";
import { requireReader } from "@/lib/environments/require-reader";
import { getClusters } from "@/lib/kube/cluster-registry";
import { environmentKeys } from "@/lib/queries/environments";
import { getQueryClient } from "@/lib/queries/query-client";

type Params = { cluster: string; namespace: string; service: string };

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { service, namespace } = await params;
  return { title: `${service} · ${namespace}` };
}

export default async function ServicePage({ params }: { params: Promise<Params> }) {
  await requireReader();
  const { cluster, namespace, service } = await params;
  const data = await loadOrNotFound(() => getService(getClusters(), cluster, namespace, service));
  const queryClient = getQueryClient();
  queryClient.setQueryData(environmentKeys.service(cluster, namespace, service), data);
  return (
    <>
      <PageHeader title={service} description={`${data.service.kind} in ${data.environment.branch ?? namespace} · ${data.cluster.displayName}`} />
      <HydrationBoundary state={dehydrate(queryClient)}>
        <ServiceView cluster={cluster} namespace={namespace} service={service} />
      </HydrationBoundary>
    </>
  );
}
