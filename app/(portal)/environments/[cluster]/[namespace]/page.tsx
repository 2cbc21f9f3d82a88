import { HydrationBoundary, dehydrate } from "@tanstack/react-query";
import type { Metadata } from "next";
import { EnvironmentView } from "@/components/environments/environment-view";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { requireCan } from "@/lib/auth/current-user";
import { environmentActions, permissionsFor } from "@/lib/deploy/deploy-permissions";
import { getDeployContext } from "@/lib/deploy/deploy-context";
import { environmentTarget } from "@/lib/deploy/lifecycle/environment-specs";
import { getEnvironment } from "@/lib/environments/get-environment";
import { loadOrNotFound } from "@/lib/environments/load-page-data";
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
  const actor = await requireCan("environment.read");
  const { cluster, namespace } = await params;
  const environment = await loadOrNotFound(() => getEnvironment(getClusters(), cluster, namespace));
  const permissions = permissionsFor(actor, await environmentTarget(getDeployContext, { cluster, namespace }), environmentActions);
  const queryClient = getQueryClient();
  queryClient.setQueryData(environmentKeys.environment(cluster, namespace), environment);
  const { summary } = environment;
  return (
    <>
      <PageHeader
        title={summary.kind === "production" ? `${namespace} (production)` : (summary.branch ?? namespace)}
        description={
          <span className="inline-flex items-center gap-2">
            {summary.kind === "production" ? <Badge tone="brand">production</Badge> : <Badge>{environment.lifecycle.purpose === "e2e" ? "end-to-end environment" : "branch environment"}</Badge>}
            in {environment.cluster.displayName}
          </span>
        }
      />
      <HydrationBoundary state={dehydrate(queryClient)}>
        <EnvironmentView cluster={cluster} namespace={namespace} permissions={permissions} />
      </HydrationBoundary>
    </>
  );
}
