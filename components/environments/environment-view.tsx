"use client";

import { useQuery } from "@tanstack/react-query";
import { DeployProgress } from "@/components/deploys/deploy-progress";
import { EnvironmentActions } from "@/components/deploys/environment-actions";
import { HistoryTable } from "@/components/deploys/history-table";
import type { EnvironmentPermissions } from "@/lib/deploy/deploy-permissions";
import { environmentHistoryQuery } from "@/lib/queries/deploys";
import { Panel } from "@/components/ui/panel";
import { environmentQuery } from "@/lib/queries/environments";
import { namespaceResourcesQuery } from "@/lib/queries/resources";
import { ClusterBanner } from "./cluster-banner";
import { EnvironmentFacts } from "./environment-facts";
import { GoneOrFailed } from "./gone-or-failed";
import { IngressMap } from "./ingress-map";
import { ServicesTable } from "./services-table";
import { WarningEvents } from "./warning-events";

// One environment, kept current by live updates (the page seeds the query on the server).
export function EnvironmentView({ cluster, namespace, permissions }: { cluster: string; namespace: string; permissions: EnvironmentPermissions }) {
  const { data, error } = useQuery(environmentQuery(cluster, namespace));
  const history = useQuery(environmentHistoryQuery(cluster, namespace));
  const { data: resources } = useQuery(namespaceResourcesQuery(cluster, namespace));
  if (!data) return <GoneOrFailed error={error} what="environment" />;
  const base = `/environments/${cluster}/${namespace}`;
  return (
    <div className="flex flex-col gap-4">
      <ClusterBanner cluster={data.cluster} />
      <GoneOrFailed error={error} what="environment" />
      <EnvironmentFacts summary={data.summary} />
      {data.services.length > 0 && <DeployProgress services={data.services} base={base} />}
      <Panel title="Services" description="Each Deployment or StatefulSet with the Service of the same name; other services reach it at its address.">
        <ServicesTable services={data.services} base={base} resources={resources} />
      </Panel>
      <Panel title="Routes" description="From the Ingress to the service behind it, and the paths the nginx in front sends on.">
        <IngressMap routes={data.ingressRoutes} proxy={data.proxy} base={base} />
      </Panel>
      <Panel title="Lifecycle" description="Branch environments expire after a while without deploys; the owner or an SRE can keep or delete one.">
        <EnvironmentActions data={data} permissions={permissions} />
      </Panel>
      <Panel title="History" description="Deploys and service actions here: who, when, what, why, and how they ended.">
        {history.error ? <p role="alert" className="text-sm text-red-600">{history.error.message}</p> : <HistoryTable entries={history.data?.entries ?? []} showService />}
      </Panel>
      <Panel title="Recent warnings">
        <WarningEvents events={data.events} />
      </Panel>
    </div>
  );
}
