"use client";

import { useQueries } from "@tanstack/react-query";
import { Search } from "lucide-react";
import { useState } from "react";
import { EmptyState } from "@/components/ui/empty-state";
import { Input, Select } from "@/components/ui/input";
import type { ClusterDto, EnvironmentSummaryDto } from "@/lib/environments/types";
import { environmentsQuery } from "@/lib/queries/environments";
import { ClusterBanner } from "./cluster-banner";
import { filterEnvironments, sortEnvironments, type EnvironmentFilters, type HealthFilter, type SortDirection, type SortKey } from "./environment-filters";
import { EnvironmentsTable } from "./environments-table";

// The environments of every cluster in one sortable table. Each cluster is its own query, so
// one that is down shows its banner (and its last known rows, dimmed) while the others work.

export interface ListState extends EnvironmentFilters {
  sort: SortKey;
  direction: SortDirection;
}

/** Keeps the filters in the address bar, so a filtered list can be shared or reloaded. */
function writeUrl(state: ListState): void {
  const query = new URLSearchParams();
  if (state.text) query.set("q", state.text);
  if (state.mine) query.set("owner", "mine");
  if (state.health !== "all") query.set("health", state.health);
  if (state.sort !== "environment" || state.direction !== "asc") query.set("sort", `${state.sort}:${state.direction}`);
  window.history.replaceState(null, "", `${window.location.pathname}${query.size ? `?${query}` : ""}`);
}

export function EnvironmentsView({ clusters, viewerEmail, initial }: { clusters: ClusterDto[]; viewerEmail?: string; initial: ListState }) {
  const [state, setState] = useState<ListState>(initial);
  const update = (change: Partial<ListState>) => {
    const next = { ...state, ...change };
    setState(next);
    writeUrl(next);
  };
  const results = useQueries({ queries: clusters.map((c) => environmentsQuery(c.name)) });
  const all: EnvironmentSummaryDto[] = results.flatMap((r) => r.data?.environments ?? []);
  const current = clusters.map((c, i) => results[i]?.data?.cluster ?? c);
  const stale = new Set(current.filter((c) => c.status.state === "unreachable").map((c) => c.name));
  const rows = sortEnvironments(filterEnvironments(all, state, viewerEmail), state.sort, state.direction);
  const onSort = (key: SortKey) => update({ sort: key, direction: state.sort === key && state.direction === "asc" ? "desc" : "asc" });

  return (
    <div className="flex flex-col gap-4">
      {current.map((c) => (
        <ClusterBanner key={c.name} cluster={c} />
      ))}
      {results.map((r, i) => r.error && <p key={clusters[i]!.name} role="alert" className="text-sm text-red-600">{clusters[i]!.displayName}: {r.error.message}</p>)}
      <div className="flex flex-wrap items-center gap-3" role="search">
        <div className="relative">
          <Search aria-hidden className="pointer-events-none absolute left-2.5 top-2.5 size-4 text-zinc-400" />
          <Input aria-label="Filter environments" placeholder="Filter by branch, author, commit…" value={state.text} onChange={(e) => update({ text: e.target.value })} className="w-72 pl-8" />
        </div>
        <Select aria-label="Owner" value={state.mine ? "mine" : "all"} onChange={(e) => update({ mine: e.target.value === "mine" })}>
          <option value="all">Everyone&apos;s</option>
          <option value="mine" disabled={!viewerEmail}>Mine</option>
        </Select>
        <Select aria-label="Health" value={state.health} onChange={(e) => update({ health: e.target.value as HealthFilter })}>
          <option value="all">Any health</option>
          <option value="healthy">Healthy</option>
          <option value="problems">With problems</option>
        </Select>
        <span className="ml-auto text-xs text-zinc-500" aria-live="polite">
          {rows.length} of {all.length} environments
        </span>
      </div>
      {rows.length > 0 ? (
        <EnvironmentsTable rows={rows} sort={{ key: state.sort, direction: state.direction }} onSort={onSort} staleClusters={stale} />
      ) : (
        <EmptyState title={all.length ? "No environment matches these filters" : "No environments yet"}>
          {all.length ? "Clear the filter or choose another owner or health." : "Branch namespaces appear here as soon as CI deploys them (label pier.dev/environment=branch)."}
        </EmptyState>
      )}
    </div>
  );
}
