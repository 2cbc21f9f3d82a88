import type { Clusters } from "@/lib/kube/clusters";
import { collectServices } from "./collect-services";
import { describeCluster } from "./describe-cluster";
import { describePods } from "./describe-pods";
import { findServiceElsewhere } from "./find-service-elsewhere";
import { LookupError } from "./lookup-error";
import { resolveEnvironment, validateServiceName } from "./resolve-target";
import { summarizeEnvironment } from "./summarize-environment";
import { summarizeService } from "./summarize-service";
import type { RevisionDto, ServiceDto } from "./types";
import { recentWarnings } from "./warning-events";

// One service of an environment: pods, containers (image, probes, resources, env names only),
// ReplicaSet revisions newest first, its warnings, and the same service in other environments.

export async function getService(clusters: Clusters, cluster: string, namespace: string, name: string): Promise<ServiceDto> {
  validateServiceName(name);
  const { runtime, ns } = await resolveEnvironment(clusters, cluster, namespace);
  const parts = collectServices(runtime.caches, namespace).find((p) => p.workload.name === name);
  if (!parts) throw new LookupError(404, `service "${name}" not found in environment "${namespace}" of cluster "${cluster}"`);
  const currentRevision = Number(parts.workload.annotations["deployment.kubernetes.io/revision"] ?? 0);
  const revisions: RevisionDto[] = [...parts.replicaSets]
    .sort((a, b) => b.revision - a.revision)
    .map((rs) => ({ revision: rs.revision, name: rs.name, images: rs.images, changeCause: rs.changeCause, replicas: rs.replicas, ready: rs.readyReplicas, createdAt: rs.createdAt, current: rs.revision === currentRevision }));
  const involved = new Set([parts.workload.name, ...parts.replicaSets.map((rs) => rs.name), ...parts.pods.map((p) => p.name)]);
  return {
    cluster: describeCluster(runtime),
    namespace,
    environment: summarizeEnvironment(runtime, ns)!,
    service: summarizeService(parts),
    ports: parts.service?.ports ?? [],
    pods: describePods(parts.pods, parts.replicaSets),
    containers: parts.workload.containers,
    revisions,
    events: recentWarnings(runtime.caches.warningEvents.list(namespace), 25, (e) => involved.has(e.involved.name)),
    elsewhere: findServiceElsewhere(clusters, name, { cluster, namespace }),
  };
}
