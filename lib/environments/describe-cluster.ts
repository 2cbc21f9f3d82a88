import type { ClusterRuntime } from "@/lib/kube/cluster-runtime";
import type { ClusterDto } from "./types";

export function describeCluster(runtime: ClusterRuntime): ClusterDto {
  const { config } = runtime;
  return { name: config.name, displayName: config.displayName ?? config.name, environment: config.environment, status: runtime.status() };
}
