import type { QueryClient } from "@tanstack/react-query";
import { environmentKeys } from "./environments";
import { resourceKeys } from "./resources";

// What a live change batch from /api/live means for this tab's queries. Only queries on screen
// refetch (React Query's default for invalidation); the others are marked stale.

export interface LiveChangeBatch {
  cluster: string;
  namespaces: string[];
  statusChanged: boolean;
  /** Fresh usage from metrics.k8s.io: resources on screen refetch (charts longer than 1h excepted). */
  usage?: boolean;
}

export function applyLiveChange(queryClient: QueryClient, batch: LiveChangeBatch): void {
  if (batch.usage) {
    void queryClient.invalidateQueries({ queryKey: resourceKeys.cluster(batch.cluster), predicate: (q) => !q.queryKey.includes("history") || q.queryKey.at(-1) === "1h" });
  }
  if (batch.statusChanged) {
    void queryClient.invalidateQueries({ queryKey: environmentKeys.clusterList() });
    void queryClient.invalidateQueries({ queryKey: ["clusters", batch.cluster] });
    return;
  }
  if (batch.namespaces.length === 0) return;
  void queryClient.invalidateQueries({ queryKey: environmentKeys.environments(batch.cluster), exact: true });
  for (const namespace of batch.namespaces) {
    void queryClient.invalidateQueries({ queryKey: environmentKeys.environment(batch.cluster, namespace) });
    void queryClient.invalidateQueries({ queryKey: resourceKeys.namespace(batch.cluster, namespace) });
  }
  void queryClient.invalidateQueries({ queryKey: ["resources", batch.cluster, "overview"] });
}

/** After a reconnect, changes may have been missed: refresh everything of the area. */
export function refreshAllEnvironments(queryClient: QueryClient): void {
  void queryClient.invalidateQueries({ queryKey: environmentKeys.clusterList() });
  void queryClient.invalidateQueries({ queryKey: ["clusters"] });
  void queryClient.invalidateQueries({ queryKey: ["resources"] });
}
