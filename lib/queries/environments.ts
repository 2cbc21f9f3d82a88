import { queryOptions } from "@tanstack/react-query";
import type { ClusterDto, EnvironmentDto, EnvironmentListDto, SearchHitDto, ServiceDto } from "@/lib/environments/types";
import { fetchJson } from "./fetch-json";

// Query keys and options of the environments area. Keys nest cluster > namespace > service, so
// a live change in one namespace invalidates that environment and its services in one call.
// Server pages seed the same keys with setQueryData; browsers refetch only when told (live).

const path = (...segments: string[]) => segments.map(encodeURIComponent).join("/");

export const environmentKeys = {
  clusterList: () => ["cluster-list"] as const,
  environments: (cluster: string) => ["clusters", cluster, "namespaces"] as const,
  environment: (cluster: string, namespace: string) => ["clusters", cluster, "namespaces", namespace] as const,
  service: (cluster: string, namespace: string, service: string) => ["clusters", cluster, "namespaces", namespace, "services", service] as const,
  search: (query: string) => ["search", query] as const,
};

export const clusterListQuery = () =>
  queryOptions({ queryKey: environmentKeys.clusterList(), queryFn: ({ signal }) => fetchJson<ClusterDto[]>("/api/clusters", signal) });

export const environmentsQuery = (cluster: string) =>
  queryOptions({
    queryKey: environmentKeys.environments(cluster),
    queryFn: ({ signal }) => fetchJson<EnvironmentListDto>(`/api/clusters/${path(cluster)}/namespaces`, signal),
  });

export const environmentQuery = (cluster: string, namespace: string) =>
  queryOptions({
    queryKey: environmentKeys.environment(cluster, namespace),
    queryFn: ({ signal }) => fetchJson<EnvironmentDto>(`/api/clusters/${path(cluster, "namespaces", namespace)}`, signal),
  });

export const serviceQuery = (cluster: string, namespace: string, service: string) =>
  queryOptions({
    queryKey: environmentKeys.service(cluster, namespace, service),
    queryFn: ({ signal }) => fetchJson<ServiceDto>(`/api/clusters/${path(cluster, "namespaces", namespace, "services", service)}`, signal),
  });

export const searchQuery = (query: string) =>
  queryOptions({
    queryKey: environmentKeys.search(query),
    queryFn: ({ signal }) => fetchJson<SearchHitDto[]>(`/api/search?q=${encodeURIComponent(query)}`, signal),
    enabled: query.trim().length > 0,
    staleTime: 5_000,
  });

/** The URL of a service's log stream (text/plain). */
export function serviceLogsUrl(cluster: string, namespace: string, service: string, options: { pod: string; container: string; follow: boolean; previous: boolean; tailLines: number }): string {
  const query = new URLSearchParams({ pod: options.pod, container: options.container, tailLines: String(options.tailLines) });
  if (options.follow) query.set("follow", "true");
  if (options.previous) query.set("previous", "true");
  return `/api/clusters/${path(cluster, "namespaces", namespace, "services", service, "logs")}?${query}`;
}
