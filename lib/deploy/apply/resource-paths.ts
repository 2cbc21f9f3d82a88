import { kubeErrorStatus, type KubeConnection } from "@/lib/kube/kube-connection";
import type { KubeObject } from "./kube-object";

// The API path of an object, found the way kubectl finds it: discovery of its group version
// (GET /api/v1 or /apis/<group>/<version>), cached per connection.

interface ApiResource {
  name: string;
  kind: string;
  namespaced: boolean;
}

const discovered = new WeakMap<KubeConnection, Map<string, Promise<ApiResource[]>>>();

function discover(connection: KubeConnection, apiVersion: string): Promise<ApiResource[]> {
  let byVersion = discovered.get(connection);
  if (!byVersion) discovered.set(connection, (byVersion = new Map()));
  let found = byVersion.get(apiVersion);
  if (!found) {
    const base = apiVersion.includes("/") ? `/apis/${apiVersion}` : `/api/${apiVersion}`;
    found = connection.getJson<{ resources: ApiResource[] }>(base).then((list) => list.resources.filter((r) => !r.name.includes("/")));
    found.catch(() => byVersion.delete(apiVersion)); // a failed discovery is asked again next time
    byVersion.set(apiVersion, found);
  }
  return found;
}

const baseOf = (apiVersion: string) => (apiVersion.includes("/") ? `/apis/${apiVersion}` : `/api/${apiVersion}`);

/** "/apis/apps/v1/namespaces/<ns>/deployments/<name>" for a Deployment; throws for kinds the cluster does not serve. */
export async function objectPath(connection: KubeConnection, object: Pick<KubeObject, "apiVersion" | "kind">, namespace: string, name: string): Promise<string> {
  const resource = (await discover(connection, object.apiVersion)).find((r) => r.kind === object.kind);
  if (!resource) throw new Error(`the cluster does not serve ${object.kind} in ${object.apiVersion}`);
  const scope = resource.namespaced ? `/namespaces/${encodeURIComponent(namespace)}` : "";
  return `${baseOf(object.apiVersion)}${scope}/${resource.name}/${encodeURIComponent(name)}`;
}

/**
 * "/apis/apps/v1/namespaces/<ns>/deployments" for Deployments; null when the cluster does not
 * serve the kind (no such group version, or no such kind in it) or the kind is cluster-scoped.
 */
export async function namespacedCollectionPath(connection: KubeConnection, type: Pick<KubeObject, "apiVersion" | "kind">, namespace: string): Promise<string | null> {
  let resources: ApiResource[];
  try {
    resources = await discover(connection, type.apiVersion);
  } catch (error) {
    if (kubeErrorStatus(error) === 404) return null;
    throw error;
  }
  const resource = resources.find((r) => r.kind === type.kind);
  if (!resource?.namespaced) return null;
  return `${baseOf(type.apiVersion)}/namespaces/${encodeURIComponent(namespace)}/${resource.name}`;
}
