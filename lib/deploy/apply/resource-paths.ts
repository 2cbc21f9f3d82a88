import type { KubeConnection } from "@/lib/kube/kube-connection";
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

/** "/apis/apps/v1/namespaces/<ns>/deployments/<name>" for a Deployment; throws for kinds the cluster does not serve. */
export async function objectPath(connection: KubeConnection, object: Pick<KubeObject, "apiVersion" | "kind">, namespace: string, name: string): Promise<string> {
  const resource = (await discover(connection, object.apiVersion)).find((r) => r.kind === object.kind);
  if (!resource) throw new Error(`the cluster does not serve ${object.kind} in ${object.apiVersion}`);
  const base = object.apiVersion.includes("/") ? `/apis/${object.apiVersion}` : `/api/${object.apiVersion}`;
  const scope = resource.namespaced ? `/namespaces/${encodeURIComponent(namespace)}` : "";
  return `${base}${scope}/${resource.name}/${encodeURIComponent(name)}`;
}
