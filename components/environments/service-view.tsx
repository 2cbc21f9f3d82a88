"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { HistoryTable } from "@/components/deploys/history-table";
import { ServiceActions } from "@/components/deploys/service-actions";
import { ServiceRollout } from "@/components/deploys/service-rollout";
import type { ServicePermissions } from "@/lib/deploy/deploy-permissions";
import { serviceHistoryQuery } from "@/lib/queries/deploys";
import { ServiceResources } from "@/components/resources/service-resources";
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

export function ServiceView({ cluster, namespace, service, permissions }: { cluster: string; namespace: string; service: string; permissions: ServicePermissions }) {
  const { data, error } = useQuery(serviceQuery(cluster, namespace, service));
  const history = useQuery(serviceHistoryQuery(cluster, namespace, service));
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
          { label: "Rollout", value: <span className="inline-flex items-center gap-1.5"><RolloutBadge rollout={s.progress} /><span className="truncate text-xs text-zinc-500">{s.progress.message}</span></span> },
          { label: "Kind", value: `${s.kind}${s.team ? ` · team ${s.team}` : ""}` },
          { label: "Ports", value: <span className="font-mono text-xs">{data.ports.map((p) => `${p.port}→${p.targetPort}`).join(", ") || "—"}</span> },
          { label: "Restarts", value: <span className="tabular-nums">{s.restarts}</span> },
        ]}
      />
      <Panel title="Rollout" description="Followed live with kubectl's rules; new pods that crash or cannot pull their image fail it at once.">
        <ServiceRollout data={data} />
      </Panel>
      <Panel title="Actions">
        <ServiceActions data={data} permissions={permissions} />
      </Panel>
      <Panel title="Pods">
        <PodsTable pods={data.pods} />
      </Panel>
      <Panel title="Resources" description="CPU and memory each replica uses now against its request and limit, the history, and advice to paste.">
        <ServiceResources cluster={cluster} namespace={namespace} service={service} />
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
      <Panel title="History" description="Who deployed, restarted, scaled or rolled back, when, why, and how it ended.">
        {history.error ? <p role="alert" className="text-sm text-red-600">{history.error.message}</p> : <HistoryTable entries={history.data?.entries ?? []} />}
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
