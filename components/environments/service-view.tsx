"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { Facts } from "@/components/ui/facts";
import { Panel } from "@/components/ui/panel";
import { serviceQuery } from "@/lib/queries/environments";
import { ClusterBanner } from "./cluster-banner";
import { ContainersList } from "./containers-list";
import { GoneOrFailed } from "./gone-or-failed";
import { LogViewer } from "./log-viewer";
import { PodsTable } from "./pods-table";
import { ProblemBadge } from "./problem-badge";
import { RevisionsTable } from "./revisions-table";
import { RolloutBadge } from "./rollout-badge";
import { ServiceElsewhere } from "./service-elsewhere";
import { WarningEvents } from "./warning-events";

export function ServiceView({ cluster, namespace, service }: { cluster: string; namespace: string; service: string }) {
  const { data, error } = useQuery(serviceQuery(cluster, namespace, service));
  if (!data) return <GoneOrFailed error={error} what="service" />;
  const s = data.service;
  return (
    <div className="flex flex-col gap-4">
      <ClusterBanner cluster={data.cluster} />
      <GoneOrFailed error={error} what="service" />
      <Facts
        items={[
          { label: "Environment", value: <Link className="text-brand-700 hover:underline dark:text-brand-100" href={`/environments/${cluster}/${namespace}`}>{data.environment.branch ?? namespace}</Link> },
          { label: "Address", value: <span className="font-mono text-xs">{s.address ?? "no Service"}</span> },
          { label: "Image", value: <span className="font-mono text-xs" title={s.image}>{s.image}</span> },
          { label: "Ready", value: <span className="inline-flex items-center gap-1.5"><span className="tabular-nums">{s.replicas.ready}/{s.replicas.desired}</span><ProblemBadge problem={s.problem} /></span> },
          { label: "Rollout", value: <span className="inline-flex items-center gap-1.5"><RolloutBadge rollout={s.rollout} /><span className="truncate text-xs text-zinc-500">{s.rollout.message}</span></span> },
          { label: "Kind", value: `${s.kind}${s.team ? ` · team ${s.team}` : ""}` },
          { label: "Ports", value: <span className="font-mono text-xs">{data.ports.map((p) => `${p.port}→${p.targetPort}`).join(", ") || "—"}</span> },
          { label: "Restarts", value: <span className="tabular-nums">{s.restarts}</span> },
        ]}
      />
      <Panel title="Pods">
        <PodsTable pods={data.pods} />
      </Panel>
      <Panel title="Logs">
        <LogViewer target={{ cluster, namespace, service }} pods={data.pods} />
      </Panel>
      <Panel title="Containers">
        <ContainersList containers={data.containers} />
      </Panel>
      <Panel title="Revisions">
        <RevisionsTable revisions={data.revisions} />
      </Panel>
      <Panel title="Recent warnings">
        <WarningEvents events={data.events} />
      </Panel>
      <Panel title={`Where else ${service} runs`}>
        <ServiceElsewhere name={service} rows={data.elsewhere} currentTag={s.tag} />
      </Panel>
    </div>
  );
}
