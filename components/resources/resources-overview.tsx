"use client";

import { useQuery } from "@tanstack/react-query";
import { Download, Search } from "lucide-react";
import { useEffect, useState } from "react";
import { buttonClasses } from "@/components/ui/button";
import { Callout } from "@/components/ui/callout";
import { EmptyState } from "@/components/ui/empty-state";
import { Input, Select } from "@/components/ui/input";
import { Panel } from "@/components/ui/panel";
import { clusterResourcesQuery, overviewParamsOf as paramsOf, overviewSearch, type OverviewState } from "@/lib/queries/resources";
import type { ResourceSort } from "@/lib/resources/types";
import { OverviewSummary } from "./overview-summary";
import { PoliciesList } from "./policies-list";
import { TotalsTable } from "./totals-table";
import { WorkloadsTable } from "./workloads-table";

// The SRE view: one cluster's workloads, filtered and sorted on the server (a cluster can hold
// thousands), totals per namespace and team, quotas, and the same rows as CSV. The filters
// live in the address bar so a view can be shared.

function writeUrl(state: OverviewState): void {
  const rest = overviewSearch(paramsOf(state)).slice(1);
  window.history.replaceState(null, "", `${window.location.pathname}?cluster=${encodeURIComponent(state.cluster)}${rest ? `&${rest}` : ""}`);
}

export function ResourcesOverview({ clusters, initial }: { clusters: Array<{ name: string; displayName: string }>; initial: OverviewState }) {
  const [state, setState] = useState(initial);
  const [text, setText] = useState(initial.q);
  const update = (change: Partial<OverviewState>) => {
    const next = { ...state, ...change };
    setState(next);
    writeUrl(next);
  };
  useEffect(() => {
    const timer = setTimeout(() => text !== state.q && update({ q: text }), 300);
    return () => clearTimeout(timer);
  });
  const { data, error, isFetching } = useQuery(clusterResourcesQuery(state.cluster, paramsOf(state)));
  const onSort = (sort: ResourceSort) => update({ sort, direction: state.sort === sort && state.direction === "asc" ? "desc" : "asc" });
  const csv = `/api/clusters/${encodeURIComponent(state.cluster)}/resources${overviewSearch({ ...paramsOf(state), format: "csv" })}`;
  const options = (values: string[], selected: string) => [...new Set([...values, selected].filter(Boolean))].sort();
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center gap-3" role="search">
        <Select aria-label="Cluster" value={state.cluster} onChange={(e) => update({ cluster: e.target.value, namespace: "", team: "" })}>
          {clusters.map((c) => <option key={c.name} value={c.name}>{c.displayName}</option>)}
        </Select>
        <Select aria-label="Environment" value={state.environment} onChange={(e) => update({ environment: e.target.value })}>
          <option value="">Any environment</option>
          <option value="branch">Branch environments</option>
          <option value="production">Production</option>
          <option value="other">Other namespaces</option>
        </Select>
        <Select aria-label="Team" value={state.team} onChange={(e) => update({ team: e.target.value })}>
          <option value="">Every team</option>
          {options(data?.teams.map((t) => t.key).filter((k) => k !== "(no team)") ?? [], state.team).map((t) => <option key={t}>{t}</option>)}
        </Select>
        <Select aria-label="Namespace" value={state.namespace} onChange={(e) => update({ namespace: e.target.value })} className="max-w-64">
          <option value="">Every namespace</option>
          {options(data?.namespaces.map((n) => n.key) ?? [], state.namespace).map((n) => <option key={n}>{n}</option>)}
        </Select>
        <div className="relative">
          <Search aria-hidden className="pointer-events-none absolute left-2.5 top-2.5 size-4 text-zinc-400" />
          <Input aria-label="Filter workloads" placeholder="Workload, branch, team…" value={text} onChange={(e) => setText(e.target.value)} className="w-56 pl-8" />
        </div>
        <a href={csv} download className={buttonClasses("secondary", "md", "ml-auto")}>
          <Download aria-hidden className="size-4" /> Export CSV
        </a>
      </div>
      {error && <Callout tone="danger" title="The resources of this cluster could not be read" role="alert">{error.message}</Callout>}
      {data && !data.usage.available && <Callout tone="warning" title="Usage unavailable" role="status">{data.usage.reason}</Callout>}
      {data && (
        <>
          <OverviewSummary data={data} />
          <Panel
            title="Workloads"
            description="Per replica: used now / request (limit) and the advised request. Waste = (request − advised) × replicas; risk adds up each replica's flags and OOM kills."
            actions={<span className="text-xs text-zinc-500" aria-live="polite">{isFetching ? "Updating… " : ""}{data.rows.length < data.total ? `first ${data.rows.length} of ${data.total}` : `${data.total} workload containers`} · {data.tookMs} ms</span>}
          >
            {data.rows.length ? <WorkloadsTable cluster={state.cluster} rows={data.rows} sort={state.sort} direction={state.direction} onSort={onSort} /> : <EmptyState title="No workload matches these filters">Clear a filter or pick another cluster.</EmptyState>}
          </Panel>
          <div className="grid gap-4 2xl:grid-cols-2">
            <Panel title="By namespace"><TotalsTable label="Totals by namespace" keyLabel="Namespace" rows={data.namespaces} /></Panel>
            <Panel title="By team"><TotalsTable label="Totals by team" keyLabel="Team" rows={data.teams} /></Panel>
          </div>
          <Panel title="Quotas and limit ranges"><PoliciesList policies={data.policies} /></Panel>
        </>
      )}
    </div>
  );
}
