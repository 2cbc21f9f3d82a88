import { queryOptions } from "@tanstack/react-query";
import type { ClusterResourcesDto, HistoryRange, NamespaceResourcesDto, ResourceSort, ServiceResourcesDto, UsageHistoryDto } from "@/lib/resources/types";
import { fetchJson } from "./fetch-json";

// Query keys and options of the resources area, under ["resources", cluster, ...]: a live change
// of a namespace invalidates its services' resources; fresh usage (every poll) invalidates all
// of the cluster's but the longer charts, which a new sample hardly moves (1h ones refresh).

const path = (...segments: string[]) => segments.map(encodeURIComponent).join("/");

export type OverviewParams = { namespace?: string; team?: string; environment?: string; q?: string; sort?: string; direction?: string };

/** What the SRE view shows: its cluster and filters, as in its address. */
export interface OverviewState {
  cluster: string;
  namespace: string;
  team: string;
  environment: string;
  q: string;
  sort: ResourceSort;
  direction: "asc" | "desc";
}

/** The view's query parameters (the same key on the server that seeds it and in the browser). */
export const overviewParamsOf = (s: OverviewState): OverviewParams => ({
  namespace: s.namespace, team: s.team, environment: s.environment, q: s.q, sort: s.sort, direction: s.direction === "asc" ? undefined : s.direction,
});

export const resourceKeys = {
  cluster: (cluster: string) => ["resources", cluster] as const,
  namespace: (cluster: string, namespace: string) => ["resources", cluster, "namespaces", namespace] as const,
  service: (cluster: string, namespace: string, service: string) => ["resources", cluster, "namespaces", namespace, "services", service] as const,
  history: (cluster: string, namespace: string, service: string, container: string, range: HistoryRange) =>
    ["resources", cluster, "namespaces", namespace, "services", service, "history", container, range] as const,
  overview: (cluster: string, params: OverviewParams) => ["resources", cluster, "overview", params] as const,
};

/** The query string of the SRE view (and its CSV export), without empty values. */
export function overviewSearch(params: OverviewParams & { limit?: number; format?: "csv" }): string {
  const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== undefined && v !== "").map(([k, v]) => [k, String(v)]));
  const text = query.toString();
  return text ? `?${text}` : "";
}

export const OVERVIEW_ROWS = 200;

export const namespaceResourcesQuery = (cluster: string, namespace: string) =>
  queryOptions({
    queryKey: resourceKeys.namespace(cluster, namespace),
    queryFn: ({ signal }) => fetchJson<NamespaceResourcesDto>(`/api/clusters/${path(cluster, "namespaces", namespace, "resources")}`, signal),
  });

export const serviceResourcesQuery = (cluster: string, namespace: string, service: string) =>
  queryOptions({
    queryKey: resourceKeys.service(cluster, namespace, service),
    queryFn: ({ signal }) => fetchJson<ServiceResourcesDto>(`/api/clusters/${path(cluster, "namespaces", namespace, "services", service, "resources")}`, signal),
  });

export const usageHistoryQuery = (cluster: string, namespace: string, service: string, container: string, range: HistoryRange) =>
  queryOptions({
    queryKey: resourceKeys.history(cluster, namespace, service, container, range),
    queryFn: ({ signal }) =>
      fetchJson<UsageHistoryDto>(`/api/clusters/${path(cluster, "namespaces", namespace, "services", service, "resources", "history")}?${new URLSearchParams({ container, range })}`, signal),
    staleTime: 60_000,
  });

export const clusterResourcesQuery = (cluster: string, params: OverviewParams) =>
  queryOptions({
    queryKey: resourceKeys.overview(cluster, params),
    queryFn: ({ signal }) => fetchJson<ClusterResourcesDto>(`/api/clusters/${path(cluster, "resources")}${overviewSearch({ ...params, limit: OVERVIEW_ROWS })}`, signal),
    placeholderData: (previous) => previous,
  });
