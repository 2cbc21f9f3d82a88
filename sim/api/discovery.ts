// Discovery documents: legacy (/api, /apis, /api/v1, /apis/<g>, /apis/<g>/<v>) and, when the
// Accept header asks for it, aggregated discovery (apidiscovery.k8s.io/v2) in one request.
import type { ClusterContext } from "../cluster/context";
import { groupVersion, type ResourceDef } from "../resources/resource-def";
import type { DiscoveryResource } from "../server/route-registry";

const ALL_VERBS = ["create", "delete", "deletecollection", "get", "list", "patch", "update", "watch"];
const SUB_VERBS = ["get", "patch", "update"];

export interface GroupVersionDoc {
  group: string;
  version: string;
  resources: DiscoveryResource[];
}

function subresourceEntry(def: ResourceDef, sub: string): DiscoveryResource {
  const base = { name: `${def.resource}/${sub}`, singularName: "", namespaced: def.namespaced };
  if (sub === "scale") return { ...base, group: "autoscaling", version: "v1", kind: "Scale", verbs: SUB_VERBS };
  if (sub === "finalize") return { ...base, kind: def.kind, verbs: ["update"] };
  return { ...base, kind: def.kind, verbs: SUB_VERBS };
}

/** Every served group version with its resources and subresources, core first. */
export function discoveryDocs(ctx: ClusterContext): GroupVersionDoc[] {
  const docs: GroupVersionDoc[] = [];
  for (const { group, version } of ctx.resources.groupVersions()) {
    const resources: DiscoveryResource[] = [];
    for (const def of ctx.resources.defs.filter((d) => d.group === group && d.version === version)) {
      resources.push({
        name: def.resource, singularName: def.singular, namespaced: def.namespaced, kind: def.kind, verbs: ALL_VERBS,
        ...(def.shortNames ? { shortNames: def.shortNames } : {}), ...(def.categories ? { categories: def.categories } : {}),
      });
      for (const sub of def.subresources) resources.push(subresourceEntry(def, sub));
      const id = def.group ? `${def.resource}.${def.group}` : def.resource;
      for (const [key, route] of ctx.routes.subresources) {
        if (!key.startsWith(`${id}/`) || !route.discovery) continue;
        resources.push({ name: `${def.resource}/${key.slice(id.length + 1)}`, singularName: "", namespaced: def.namespaced, ...route.discovery });
      }
    }
    docs.push({ group, version, resources });
  }
  for (const g of ctx.routes.apiGroups) docs.push({ group: g.group, version: g.version, resources: g.resources });
  return docs;
}

export function apiResourceList(doc: GroupVersionDoc): unknown {
  return { kind: "APIResourceList", apiVersion: "v1", groupVersion: groupVersion(doc), resources: doc.resources };
}

export function apiVersions(serverAddress: string): unknown {
  return { kind: "APIVersions", versions: ["v1"], serverAddressByClientCIDRs: [{ clientCIDR: "0.0.0.0/0", serverAddress }] };
}

export function apiGroup(docs: GroupVersionDoc[], group: string): Record<string, unknown> | undefined {
  const versions = docs.filter((d) => d.group === group).map((d) => ({ groupVersion: groupVersion(d), version: d.version }));
  if (!versions.length) return undefined;
  return { kind: "APIGroup", apiVersion: "v1", name: group, versions, preferredVersion: versions[0] };
}

export function apiGroupList(docs: GroupVersionDoc[]): unknown {
  const groups = [...new Set(docs.filter((d) => d.group).map((d) => d.group))].map((g) => {
    const { kind: _kind, apiVersion: _apiVersion, ...rest } = apiGroup(docs, g)!;
    return rest;
  });
  return { kind: "APIGroupList", apiVersion: "v1", groups };
}

/** APIGroupDiscoveryList for /api (core only) or /apis (every named group). */
export function aggregatedDiscovery(docs: GroupVersionDoc[], core: boolean, version: string): unknown {
  const selected = docs.filter((d) => (core ? d.group === "" : d.group !== ""));
  const groups = [...new Set(selected.map((d) => d.group))];
  const items = groups.map((group) => ({
    metadata: { name: group, creationTimestamp: null },
    versions: selected.filter((d) => d.group === group).map((d) => ({
      version: d.version,
      resources: d.resources.filter((r) => !r.name.includes("/")).map((r) => ({
        resource: r.name,
        responseKind: { group: "", version: "", kind: r.kind },
        scope: r.namespaced ? "Namespaced" : "Cluster",
        singularResource: r.singularName,
        verbs: r.verbs,
        ...(r.shortNames ? { shortNames: r.shortNames } : {}),
        ...(r.categories ? { categories: r.categories } : {}),
        subresources: d.resources.filter((s) => s.name.startsWith(`${r.name}/`)).map((s) => ({
          subresource: s.name.slice(r.name.length + 1),
          responseKind: { group: s.group ?? "", version: s.version ?? "", kind: s.kind },
          verbs: s.verbs,
        })),
      })),
      freshness: "Current",
    })),
  }));
  return { kind: "APIGroupDiscoveryList", apiVersion: `apidiscovery.k8s.io/${version}`, metadata: {}, items };
}
