import { HydrationBoundary, dehydrate } from "@tanstack/react-query";
import type { Metadata } from "next";
import { OpenConsoleLink } from "@/components/console/open-console-link";
import { ServiceLinks } from "@/components/environments/service-links";
import { ServiceView } from "@/components/environments/service-view";
import { PageHeader } from "@/components/ui/page-header";
import { requireCan } from "@/lib/auth/current-user";
import { permissionsFor, serviceActions } from "@/lib/deploy/deploy-permissions";
import { docsForService } from "@/lib/docs/docs-for-service";
import { getService } from "@/lib/environments/get-service";
import { loadOrNotFound } from "@/lib/environments/load-page-data";
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
  const actor = await requireCan("environment.read");
  const { cluster, namespace, service } = await params;
  const data = await loadOrNotFound(() => getService(getClusters(), cluster, namespace, service));
  const docs = await docsForService(service);
  const permissions = permissionsFor(actor, { cluster, environment: data.cluster.environment, namespace, kind: data.service.kind, name: service }, serviceActions);
  const consoles = permissionsFor(actor, { cluster, environment: data.cluster.environment, namespace }, { open: "console.request" });
  const queryClient = getQueryClient();
  queryClient.setQueryData(environmentKeys.service(cluster, namespace, service), data);
  return (
    <>
      <PageHeader
        title={service}
        description={`${data.service.kind} in ${data.environment.branch ?? namespace} · ${data.cluster.displayName}`}
        actions={
          <>
            <ServiceLinks service={service} docs={docs} />
            {consoles.open.allowed && <OpenConsoleLink cluster={cluster} namespace={namespace} service={service} production={data.cluster.environment === "production"} />}
          </>
        }
      />
      <HydrationBoundary state={dehydrate(queryClient)}>
        <ServiceView cluster={cluster} namespace={namespace} service={service} permissions={permissions} />
      </HydrationBoundary>
    </>
  );
}
