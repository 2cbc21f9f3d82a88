import { HydrationBoundary, dehydrate } from "@tanstack/react-query";
import { CleanupView } from "@/components/deploys/cleanup-view";
import { PageHeader } from "@/components/ui/page-header";
import { getCleanupOverview } from "@/lib/deploy/lifecycle/get-cleanup-overview";
import { requireReader } from "@/lib/environments/require-reader";
import { deployKeys } from "@/lib/queries/deploys";
import { getQueryClient } from "@/lib/queries/query-client";

export const metadata = { title: "Environment cleanup" };
export const dynamic = "force-dynamic";

// The cleanup's dry run: what it would delete now, what expires next, what never does.
export default async function CleanupPage() {
  await requireReader();
  const overview = await getCleanupOverview();
  const queryClient = getQueryClient();
  queryClient.setQueryData(deployKeys.cleanup(), overview);
  return (
    <>
      <PageHeader title="Environment cleanup" description={`Branch environments expire ${overview.ttlHours} hours after their last deploy unless kept; Pier deletes expired ones by itself. main and production never expire.`} />
      <HydrationBoundary state={dehydrate(queryClient)}>
        <CleanupView />
      </HydrationBoundary>
    </>
  );
}
