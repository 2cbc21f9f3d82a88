// Parses an API path into what it addresses: discovery documents, or a resource request
// (/api/v1/namespaces/ns/pods/name/status and /apis/group/version/... forms).

export type Target =
  | { type: "legacy-root" }
  | { type: "groups-root" }
  | { type: "group"; group: string }
  | { type: "group-version"; group: string; version: string }
  | { type: "resource"; group: string; version: string; namespace?: string; resource: string; name?: string; subresource?: string; watchPath?: boolean }
  | { type: "unknown" };

/** Namespace subresources that /api/v1/namespaces/{name}/{x} can mean. */
const NAMESPACE_SUBRESOURCES = new Set(["status", "finalize"]);

export function parseTarget(pathname: string): Target {
  const parts = pathname.split("/").filter(Boolean).map(decodeURIComponent);
  let rest: string[];
  let group: string;
  let version: string;
  if (parts[0] === "api") {
    if (parts.length === 1) return { type: "legacy-root" };
    group = "";
    version = parts[1]!;
    rest = parts.slice(2);
  } else if (parts[0] === "apis") {
    if (parts.length === 1) return { type: "groups-root" };
    if (parts.length === 2) return { type: "group", group: parts[1]! };
    group = parts[1]!;
    version = parts[2]!;
    rest = parts.slice(3);
  } else return { type: "unknown" };

  if (rest.length === 0) return { type: "group-version", group, version };
  // The deprecated /watch/ prefix: same as ?watch=true.
  const watchPath = rest[0] === "watch";
  if (watchPath) rest = rest.slice(1);
  if (rest[0] === "namespaces" && rest.length >= 3 && !(rest.length === 3 && NAMESPACE_SUBRESOURCES.has(rest[2]!))) {
    const [, namespace, resource, name, subresource, ...extra] = rest;
    if (extra.length) return { type: "unknown" };
    return { type: "resource", group, version, namespace, resource: resource!, name, subresource, watchPath };
  }
  const [resource, name, subresource, ...extra] = rest;
  if (extra.length) return { type: "unknown" };
  return { type: "resource", group, version, resource: resource!, name, subresource, watchPath };
}
