import { queryOptions } from "@tanstack/react-query";
import type { RollbackPreviewDto } from "@/lib/deploy/actions/rollback-deployment";
import type { HistoryEntryDto } from "@/lib/deploy/history/history-types";
import type { BranchDto } from "@/lib/deploy/monorepo/list-branches";
import type { CleanupOverviewDto } from "@/lib/deploy/lifecycle/get-cleanup-overview";
import { environmentKeys } from "./environments";
import { fetchJson } from "./fetch-json";

// Query keys, options and action URLs of deploys. History keys nest under the environment's
// and service's keys, so a live change in the namespace refetches the history on screen too.

const enc = (...segments: string[]) => segments.map(encodeURIComponent).join("/");

export const deployKeys = {
  branches: () => ["monorepo", "branches"] as const,
  cleanup: () => ["environments-cleanup"] as const,
  environmentHistory: (cluster: string, namespace: string) => [...environmentKeys.environment(cluster, namespace), "history"] as const,
  serviceHistory: (cluster: string, namespace: string, service: string) => [...environmentKeys.service(cluster, namespace, service), "history"] as const,
  rollbackPreview: (cluster: string, namespace: string, service: string, revision?: number) => [...environmentKeys.service(cluster, namespace, service), "rollback", revision ?? "previous"] as const,
};

export const branchesQuery = () =>
  queryOptions({ queryKey: deployKeys.branches(), queryFn: ({ signal }) => fetchJson<{ branches: BranchDto[] }>("/api/monorepo/branches", signal), staleTime: 10_000 });

export const cleanupQuery = () => queryOptions({ queryKey: deployKeys.cleanup(), queryFn: ({ signal }) => fetchJson<CleanupOverviewDto>("/api/environments/cleanup", signal) });

export const environmentHistoryQuery = (cluster: string, namespace: string) =>
  queryOptions({
    queryKey: deployKeys.environmentHistory(cluster, namespace),
    queryFn: ({ signal }) => fetchJson<{ entries: HistoryEntryDto[] }>(`/api/clusters/${enc(cluster, "namespaces", namespace, "history")}`, signal),
  });

export const serviceHistoryQuery = (cluster: string, namespace: string, service: string) =>
  queryOptions({
    queryKey: deployKeys.serviceHistory(cluster, namespace, service),
    queryFn: ({ signal }) => fetchJson<{ entries: HistoryEntryDto[] }>(`/api/clusters/${enc(cluster, "namespaces", namespace, "services", service, "history")}`, signal),
  });

export const rollbackPreviewQuery = (cluster: string, namespace: string, service: string, revision?: number) =>
  queryOptions({
    queryKey: deployKeys.rollbackPreview(cluster, namespace, service, revision),
    queryFn: ({ signal }) => fetchJson<RollbackPreviewDto>(`/api/clusters/${enc(cluster, "namespaces", namespace, "services", service, "rollback")}${revision ? `?revision=${revision}` : ""}`, signal),
    retry: false,
  });

export type ServiceVerb = "restart" | "image" | "scale" | "rollback" | "pause" | "resume";

export const serviceActionUrl = (cluster: string, namespace: string, service: string, verb: ServiceVerb) => `/api/clusters/${enc(cluster, "namespaces", namespace, "services", service, verb)}`;
export const deployUrl = (cluster: string) => `/api/clusters/${enc(cluster, "namespaces")}`;
export const e2eUrl = (cluster: string) => `/api/clusters/${enc(cluster, "e2e-environments")}`;
export const environmentUrl = (cluster: string, namespace: string) => `/api/clusters/${enc(cluster, "namespaces", namespace)}`;
