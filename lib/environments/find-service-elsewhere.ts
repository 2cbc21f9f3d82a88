import { ANNOTATION_BRANCH } from "@/lib/conventions/branch-environments";
import type { Clusters } from "@/lib/kube/clusters";
import { imageTag } from "./summarize-service";
import { environmentKind } from "./summarize-environment";
import type { ServiceElsewhereDto } from "./types";

/** "Where else does learn run, on which image?": the same workload name in every other environment of every cluster. */
export function findServiceElsewhere(clusters: Clusters, name: string, except: { cluster: string; namespace: string }): ServiceElsewhereDto[] {
  const found: ServiceElsewhereDto[] = [];
  for (const runtime of clusters.list()) {
    const { caches } = runtime;
    for (const ns of caches.namespaces.list("")) {
      if (runtime.name === except.cluster && ns.name === except.namespace) continue;
      if (!environmentKind(ns)) continue;
      const workload = caches.deployments.get(ns.name, name) ?? caches.statefulSets.get(ns.name, name);
      if (!workload) continue;
      const image = workload.containers[0]?.image ?? "";
      found.push({
        cluster: runtime.name,
        clusterKind: runtime.config.environment,
        namespace: ns.name,
        branch: ns.annotations[ANNOTATION_BRANCH],
        image,
        tag: imageTag(image),
        ready: workload.status.readyReplicas,
        desired: workload.replicas,
      });
    }
  }
  return found.sort((a, b) => (a.clusterKind === b.clusterKind ? (a.branch ?? a.namespace).localeCompare(b.branch ?? b.namespace) : a.clusterKind === "production" ? -1 : 1));
}
