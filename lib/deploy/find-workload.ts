import "server-only";
import { InvalidInputError, NotFoundError } from "@/lib/audit/door/door-errors";
import type { Target } from "@/lib/auth/rules";
import type { ClusterRuntime } from "@/lib/kube/cluster-runtime";
import type { Clusters } from "@/lib/kube/clusters";
import { kubeErrorStatus } from "@/lib/kube/kube-connection";
import { isDnsLabel } from "@/lib/kube/kube-names";

// What a write names, found before anything is written: the cluster, the environment and the
// workload, and the door's Target for the rules (staging or production comes from the cluster).

export interface WorkloadRef {
  runtime: ClusterRuntime;
  namespace: string;
  name: string;
  kind: "Deployment" | "StatefulSet";
  /** "/apis/apps/v1/namespaces/<ns>/deployments/<name>". */
  path: string;
}

export function findCluster(clusters: Clusters, cluster: string): ClusterRuntime {
  const runtime = isDnsLabel(cluster) ? clusters.find(cluster) : undefined;
  if (!runtime) throw new NotFoundError(`cluster "${cluster}" not found`);
  return runtime.start();
}

/** The Target of an action on a cluster (and namespace, kind, name when given). */
export function targetOf(runtime: ClusterRuntime, rest: Omit<Target, "cluster" | "environment"> = {}): Target {
  return { cluster: runtime.name, environment: runtime.config.environment, ...rest };
}

export async function findWorkload(clusters: Clusters, cluster: string, namespace: string, name: string): Promise<WorkloadRef> {
  const runtime = findCluster(clusters, cluster);
  await runtime.whenSettled(8_000);
  const kind = runtime.caches.deployments.get(namespace, name) ? "Deployment" : runtime.caches.statefulSets.get(namespace, name) ? "StatefulSet" : undefined;
  if (!kind) throw new NotFoundError(`service "${name}" not found in environment "${namespace}" of cluster "${cluster}"`);
  const path = `/apis/apps/v1/namespaces/${namespace}/${kind === "Deployment" ? "deployments" : "statefulsets"}/${name}`;
  return { runtime, namespace, name, kind, path };
}

/** Actions kubectl has only for Deployments (undo, pause, resume). */
export function requireDeployment(ref: WorkloadRef, what: string): void {
  if (ref.kind !== "Deployment") throw new InvalidInputError("service", `${ref.name} is a ${ref.kind}: only Deployments can be ${what}`);
}

/** GET of the raw object (the cache keeps only what pages show); a 404 means it went meanwhile. */
export async function readObject<T>(ref: { runtime: ClusterRuntime; path: string; name: string }): Promise<T> {
  try {
    return await ref.runtime.connection.getJson<T>(ref.path);
  } catch (error) {
    if (kubeErrorStatus(error) === 404) throw new NotFoundError(`${ref.name} no longer exists`);
    throw error;
  }
}
