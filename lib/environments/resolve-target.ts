import type { ClusterRuntime } from "@/lib/kube/cluster-runtime";
import type { Clusters } from "@/lib/kube/clusters";
import type { NamespaceRecord } from "@/lib/kube/kinds/namespaces";
import { isDnsLabel, isDnsSubdomain } from "@/lib/kube/kube-names";
import { LookupError } from "./lookup-error";
import { environmentKind } from "./summarize-environment";

// Finds what a URL names, validating each name before anything is looked up. A first request
// waits (briefly) for the cluster's caches to fill rather than answering "not found" too early.

const SETTLE_MS = 8_000;

export async function resolveCluster(clusters: Clusters, cluster: string): Promise<ClusterRuntime> {
  if (!isDnsLabel(cluster)) throw new LookupError(400, `"${cluster}" is not a valid cluster name`);
  const runtime = clusters.find(cluster);
  if (!runtime) throw new LookupError(404, `cluster "${cluster}" not found`);
  await runtime.whenSettled(SETTLE_MS);
  return runtime;
}

export async function resolveEnvironment(clusters: Clusters, cluster: string, namespace: string): Promise<{ runtime: ClusterRuntime; ns: NamespaceRecord }> {
  if (!isDnsLabel(namespace)) throw new LookupError(400, `"${namespace}" is not a valid namespace name`);
  const runtime = await resolveCluster(clusters, cluster);
  const ns = runtime.caches.namespaces.get("", namespace);
  if (!ns || !environmentKind(ns)) {
    const status = runtime.status();
    if (!runtime.caches.namespaces.state.synced && status.state === "unreachable") {
      throw new LookupError(503, `cluster "${cluster}" is unreachable since ${status.unreachableSince}: ${status.error ?? ""}`.trim());
    }
    throw new LookupError(404, `environment "${namespace}" not found in cluster "${cluster}"`);
  }
  return { runtime, ns };
}

export function validateServiceName(service: string): void {
  if (!isDnsSubdomain(service)) throw new LookupError(400, `"${service}" is not a valid service name`);
}
