import { HydrationBoundary, dehydrate } from "@tanstack/react-query";
import { ReadinessOverview } from "@/components/readiness/readiness-overview";
import { Callout } from "@/components/ui/callout";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { readinessKeys } from "@/lib/queries/readiness";
import { getQueryClient } from "@/lib/queries/query-client";
import { listReadiness } from "@/lib/readiness/list-readiness";
import { ChecklistUnavailableError } from "@/lib/readiness/readiness-context";

export const metadata = { title: "Readiness" };
export const dynamic = "force-dynamic";

export default async function ReadinessPage({ searchParams }: { searchParams: Promise<{ team?: string }> }) {
  await requireUser();
  const { team = "" } = await searchParams;
  const header = <PageHeader title="Readiness" description="How ready each service is for production, by standard, worst first. Automatic items are read from the production cluster, live." />;
  let overview;
  try {
    overview = await listReadiness();
  } catch (error) {
    if (!(error instanceof ChecklistUnavailableError)) throw error;
    return (
      <>
        {header}
        <Callout tone="danger" title="No readiness checklist">{error.message}</Callout>
      </>
    );
  }
  const queryClient = getQueryClient();
  queryClient.setQueryData(readinessKeys.overview(), overview);
  return (
    <>
      {header}
      <HydrationBoundary state={dehydrate(queryClient)}>
        <ReadinessOverview team={team} />
      </HydrationBoundary>
    </>
  );
}
