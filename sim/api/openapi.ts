// A minimal OpenAPI v3: per group version, every resource path with its operations, the
// group-version-kind extension and the query parameters. kubectl reads it to learn that the
// server validates fields itself (the `fieldValidation` parameter on PATCH) and falls back to
// its compiled-in types for everything else. There are no schemas, so `kubectl explain` and
// OpenAPI-driven strategic merge are not available (see sim/README.md).
import { createHash } from "node:crypto";
import type { GroupVersionDoc } from "./discovery";

const QUERY = (name: string) => ({ name, in: "query", schema: { type: "string" }, uniqueItems: true });
const WRITE_PARAMS = ["dryRun", "fieldManager", "fieldValidation", "pretty"].map(QUERY);

function gvPath(doc: GroupVersionDoc): string {
  return doc.group ? `apis/${doc.group}/${doc.version}` : `api/${doc.version}`;
}

export function openApiDocument(doc: GroupVersionDoc): unknown {
  const paths: Record<string, unknown> = {};
  for (const r of doc.resources) {
    const [resource, sub] = r.name.split("/");
    const gvk = { group: r.group ?? doc.group, version: r.version ?? doc.version, kind: r.kind };
    const op = (action: string, params = WRITE_PARAMS) => ({
      operationId: `${action}${r.kind}`,
      parameters: params,
      responses: { "200": { description: "OK" } },
      "x-kubernetes-action": action,
      "x-kubernetes-group-version-kind": gvk,
    });
    const prefix = `/${gvPath(doc)}${r.namespaced ? "/namespaces/{namespace}" : ""}/${resource}`;
    if (sub) {
      paths[`${prefix}/{name}/${sub}`] = { get: op("get", []), put: op("put"), patch: op("patch", [...WRITE_PARAMS, QUERY("force")]) };
      continue;
    }
    const listOps = r.verbs.includes("create") ? { get: op("list", []), post: op("post") } : { get: op("list", []) };
    paths[prefix] = listOps;
    if (r.namespaced) paths[`/${gvPath(doc)}/${resource}`] = { get: op("list", []) };
    paths[`${prefix}/{name}`] = r.verbs.includes("update")
      ? { get: op("get", []), put: op("put"), patch: op("patch", [...WRITE_PARAMS, QUERY("force")]), delete: op("delete", [QUERY("dryRun")]) }
      : { get: op("get", []) };
  }
  return {
    openapi: "3.0.0",
    info: { title: "Kubernetes", version: "v1.32.0" },
    paths,
    components: { schemas: {} },
  };
}

/** GET /openapi/v3: where each group version's document lives, with a content hash. */
export function openApiIndex(docs: GroupVersionDoc[]): unknown {
  const paths: Record<string, { serverRelativeURL: string }> = {};
  for (const doc of docs) {
    const hash = createHash("sha512").update(JSON.stringify(openApiDocument(doc))).digest("hex").slice(0, 128).toUpperCase();
    paths[gvPath(doc)] = { serverRelativeURL: `/openapi/v3/${gvPath(doc)}?hash=${hash}` };
  }
  return { paths };
}

export function findOpenApiDoc(docs: GroupVersionDoc[], path: string): GroupVersionDoc | undefined {
  return docs.find((d) => gvPath(d) === path);
}
