import "server-only";
import type { Clusters } from "@/lib/kube/clusters";

// Per-cluster readiness: reachable or since when not, and when the watch caches last heard
// from it. Asking starts the watches, so the first readiness probe warms the caches.

export interface ClusterCheck {
  ok: boolean;
  state: "connecting" | "synced" | "unreachable";
  lastSyncAt?: string;
  unreachableSince?: string;
  error?: string;
}

export function checkClusters(clusters: Clusters): Record<string, ClusterCheck> {
  const checks: Record<string, ClusterCheck> = {};
  for (const runtime of clusters.list()) {
    const status = runtime.start().status();
    checks[runtime.name] = { ok: status.state === "synced", ...status };
  }
  return checks;
}
