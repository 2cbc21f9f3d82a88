// Writing objects and lists in the representation the client asked for. Lists are written
// from each object's cached JSON text, in chunks, without re-serializing objects.
import type { ServerResponse } from "node:http";
import { groupVersion, type ResourceDef } from "../resources/resource-def";
import { sendJson, sendSerialized } from "../server/respond";
import type { Representation } from "../server/negotiate";
import type { StoredObject } from "../store/stored-object";
import { buildTable, type IncludeObject } from "../tables/table";
import type { Page } from "./list-options";

const TABLE_TYPE = (v: string) => `application/json;as=Table;v=${v};g=meta.k8s.io`;
const PARTIAL_TYPE = (v: string, list: boolean) => `application/json;as=PartialObjectMetadata${list ? "List" : ""};v=${v};g=meta.k8s.io`;

export function includeObjectOf(query: URLSearchParams): IncludeObject {
  const value = query.get("includeObject");
  return value === "None" || value === "Object" ? value : "Metadata";
}

function partial(obj: StoredObject, version: string): unknown {
  return { kind: "PartialObjectMetadata", apiVersion: `meta.k8s.io/${version}`, metadata: obj.object.metadata };
}

export function sendObject(res: ServerResponse, code: number, stored: StoredObject, rep: Representation, query: URLSearchParams): void {
  if (rep.as === "table") {
    const table = buildTable(stored.resource, [stored], { include: includeObjectOf(query), version: rep.version, now: Date.now(), resourceVersion: String(stored.rv) });
    sendJson(res, code, table, TABLE_TYPE(rep.version));
  } else if (rep.as === "partial") {
    sendJson(res, code, partial(stored, rep.version), PARTIAL_TYPE(rep.version, false));
  } else sendSerialized(res, code, stored.json(), rep.as === "yaml");
}

export function sendList(res: ServerResponse, def: ResourceDef, page: Page, rv: number, rep: Representation, query: URLSearchParams): void {
  const metadata: Record<string, unknown> = { resourceVersion: String(rv) };
  if (page.continueToken) metadata.continue = page.continueToken;
  if (page.remainingItemCount !== undefined) metadata.remainingItemCount = page.remainingItemCount;
  if (rep.as === "table") {
    const id = page.items[0]?.resource ?? (def.group ? `${def.resource}.${def.group}` : def.resource);
    const table = buildTable(id, page.items, { include: includeObjectOf(query), version: rep.version, now: Date.now(), resourceVersion: String(rv), continueToken: page.continueToken, remainingItemCount: page.remainingItemCount });
    sendJson(res, 200, table, TABLE_TYPE(rep.version));
    return;
  }
  if (rep.as === "partial") {
    sendJson(res, 200, { kind: "PartialObjectMetadataList", apiVersion: `meta.k8s.io/${rep.version}`, metadata, items: page.items.map((s) => partial(s, rep.version)) }, PARTIAL_TYPE(rep.version, true));
    return;
  }
  const head = `{"kind":"${def.kind}List","apiVersion":"${groupVersion(def)}","metadata":${JSON.stringify(metadata)},"items":[`;
  if (rep.as === "yaml") {
    sendSerialized(res, 200, `${head}${page.items.map((s) => s.json()).join(",")}]}`, true);
    return;
  }
  res.writeHead(200, { "Content-Type": "application/json", "Cache-Control": "no-cache, private" });
  res.write(head);
  const CHUNK = 256;
  for (let i = 0; i < page.items.length; i += CHUNK) {
    const part = page.items.slice(i, i + CHUNK).map((s) => s.json()).join(",");
    res.write(i === 0 ? part : `,${part}`);
  }
  res.end("]}");
}
