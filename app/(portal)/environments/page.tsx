import { HydrationBoundary, dehydrate } from "@tanstack/react-query";
import { Server } from "lucide-react";
import Link from "next/link";
import { DeployBranchForm } from "@/components/deploys/deploy-branch-form";
import { parseListState } from "@/components/environments/environment-filters";
import { EnvironmentsView } from "@/components/environments/environments-view";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { listClusters, listEnvironments } from "@/lib/environments/list-environments";
import { requireReader } from "@/lib/environments/require-reader";
import { getClusters } from "@/lib/kube/cluster-registry";
import { environmentKeys } from "@/lib/queries/environments";
import { getQueryClient } from "@/lib/queries/query-client";

export const metadata = { title: "Environments" };
export const dynamic = "force-dynamic";

export default async function EnvironmentsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const reader = await requireReader();
  const clusters = getClusters();
  const described = await listClusters(clusters);
  const queryClient = getQueryClient();
  for (const runtime of clusters.list()) queryClient.setQueryData(environmentKeys.environments(runtime.name), listEnvironments(runtime));
  return (
    <>
      <PageHeader
        title="Environments"
        description={
          <>
            Every branch namespace and production, with the state of their services, live.{" "}
            <Link href="/environments/cleanup" className="text-brand-700 hover:underline dark:text-brand-100">
              What expires next
            </Link>
          </>
        }
      />
      <div className="mb-4">
        <DeployBranchForm clusters={described.filter((c) => c.environment === "staging").map((c) => ({ name: c.name, displayName: c.displayName }))} />
      </div>
      {described.length === 0 ? (
        <EmptyState icon={Server} title="No cluster configured">
          Set PIER_CLUSTERS to a clusters file or KUBECONFIG to a kubeconfig, or run npm start without either for the embedded clusters.
        </EmptyState>
      ) : (
        <HydrationBoundary state={dehydrate(queryClient)}>
          <EnvironmentsView clusters={described} viewerEmail={reader.email} initial={parseListState(await searchParams)} />
        </HydrationBoundary>
      )}
    </>
  );
}
