"use client";

import { useQuery } from "@tanstack/react-query";
import { Panel } from "@/components/ui/panel";
import { environmentQuery } from "@/lib/queries/environments";
import { ClusterBanner } from "./cluster-banner";
import { EnvironmentFacts } from "./environment-facts";
import { GoneOrFailed } from "./gone-or-failed";
import { IngressMap } from "./ingress-map";
import { ServicesTable } from "./services-table";
import { WarningEvents } from "./warning-events";

// One environment, kept current by live updates (the page seeds the query on the server).
export function EnvironmentView({ cluster, namespace }: { cluster: string; namespace: string }) {
  const { data, error } = useQuery(environmentQuery(cluster, namespace));
  if (!data) return <GoneOrFailed error={error} what="environment" />;
  const base = `/environments/${cluster}/${namespace}`;
  return (
    <div className="flex flex-col gap-4">
      <ClusterBanner cluster={data.cluster} />
      <GoneOrFailed error={error} what="environment" />
      <EnvironmentFacts summary={data.summary} />
      <Panel title="Services" description="Each Deployment or StatefulSet with the Service of the same name; other services reach it at its address.">
        <ServicesTable services={data.services} base={base} />
      </Panel>
      <Panel title="Routes" description="From the Ingress to the service behind it, and the paths the nginx in front sends on.">
        <IngressMap routes={data.ingressRoutes} proxy={data.proxy} base={base} />
      </Panel>
      <Panel title="Recent warnings">
        <WarningEvents events={data.events} />
      </Panel>
    </div>
  );
}
