"use client";

import { useQuery } from "@tanstack/react-query";
import { Callout } from "@/components/ui/callout";
import { serviceResourcesQuery } from "@/lib/queries/resources";
import { AdviceCard } from "./advice-card";
import { LiveUsageTable } from "./live-usage-table";
import { UsageCharts } from "./usage-charts";

/** The service page's resources: usage now against request and limit, history per container, advice. */
export function ServiceResources({ cluster, namespace, service }: { cluster: string; namespace: string; service: string }) {
  const { data, error } = useQuery(serviceResourcesQuery(cluster, namespace, service));
  if (!data) return error ? <Callout tone="danger" title="Resources could not be read">{error.message}</Callout> : <div className="h-40 animate-pulse rounded-lg bg-zinc-100 dark:bg-zinc-800/50" />;
  return (
    <div className="flex flex-col gap-4">
      {!data.usage.available && (
        <Callout tone="warning" title="Usage unavailable" role="status">
          {data.usage.reason}
        </Callout>
      )}
      <LiveUsageTable rows={data.live} unavailable={!data.usage.available} />
      {data.containers.map((c) => (
        <section key={c.name} aria-label={`Container ${c.name}`} className="flex flex-col gap-3 rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
          <h3 className="text-sm font-semibold">
            {c.name} <span className="font-normal text-zinc-500">· history and advice</span>
          </h3>
          <UsageCharts cluster={cluster} namespace={namespace} service={service} container={c.name} source={data.history.source} />
          <AdviceCard container={c.name} advice={c.advice} />
        </section>
      ))}
    </div>
  );
}
