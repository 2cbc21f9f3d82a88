import { HydrationBoundary, dehydrate } from "@tanstack/react-query";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ServiceReadinessView } from "@/components/readiness/service-readiness-view";
import { PageHeader } from "@/components/ui/page-header";
import { subjectOf } from "@/lib/auth/actor";
import { can } from "@/lib/auth/can";
import { requireUser } from "@/lib/auth/current-user";
import { readinessKeys } from "@/lib/queries/readiness";
import { getQueryClient } from "@/lib/queries/query-client";
import { getScoreHistory, getServiceReadiness } from "@/lib/readiness/get-service-readiness";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ service: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `${decodeURIComponent((await params).service)} · Readiness` };
}

export default async function ServiceReadinessPage({ params }: Props) {
  const me = await requireUser();
  const service = decodeURIComponent((await params).service);
  if (!/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(service)) notFound();
  const readiness = await getServiceReadiness(service);
  if (!readiness) notFound();
  const decision = can(subjectOf(me), "readiness.tick", { owningTeam: readiness.team ?? undefined });
  const queryClient = getQueryClient();
  queryClient.setQueryData(readinessKeys.service(service), readiness);
  queryClient.setQueryData(readinessKeys.history(service, 90), await getScoreHistory(service, 90));
  const owner = readiness.team ? `the lead of ${readiness.team}` : "the lead of the owning team (none is set: ask an admin)";
  return (
    <>
      <PageHeader title={`${service} readiness`} description={`Owned by ${readiness.team ?? "no team yet"}. Checked against ${readiness.cluster.cluster ?? "no cluster"}/${readiness.cluster.namespace}.`} />
      <HydrationBoundary state={dehydrate(queryClient)}>
        <ServiceReadinessView service={service} canEdit={decision.allowed} editRule={`Ticking, unticking and exempting items is for ${owner} and SREs (${decision.reason}).`} />
      </HydrationBoundary>
    </>
  );
}
