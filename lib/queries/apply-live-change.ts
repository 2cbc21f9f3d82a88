import type { QueryClient } from "@tanstack/react-query";
import { environmentKeys } from "./environments";

// What a live change batch from /api/live means for this tab's queries. Only queries on screen
// refetch (React Query's default for invalidation); the others are marked stale.

export interface LiveChangeBatch {
  cluster: string;
  namespaces: string[];
  statusChanged: boolean;
}

export function applyLiveChange(queryClient: QueryClient, batch: LiveChangeBatch): void {
  if (batch.statusChanged) {
    void queryClient.invalidateQueries({ queryKey: environmentKeys.clusterList() });
    void queryClient.invalidateQueries({ queryKey: ["clusters", batch.cluster] });
    return;
  }
  if (batch.namespaces.length === 0) return;
  void queryClient.invalidateQueries({ queryKey: environmentKeys.environments(batch.cluster), exact: true });
  for (const namespace of batch.namespaces) void queryClient.invalidateQueries({ queryKey: environmentKeys.environment(batch.cluster, namespace) });
}

/** After a reconnect, changes may have been missed: refresh everything of the area. */
export function refreshAllEnvironments(queryClient: QueryClient): void {
  void queryClient.invalidateQueries({ queryKey: environmentKeys.clusterList() });
  void queryClient.invalidateQueries({ queryKey: ["clusters"] });
}
