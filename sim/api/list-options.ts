// Selectors and paging of list and watch requests, with the apiserver's 400 messages.
import { checkSupportedFields, FieldSelectorError, matchesFields, parseFieldSelector, type FieldGetter, type FieldRequirement } from "../selectors/field-selector";
import { matchesSelector, parseLabelSelector, type Selector } from "../selectors/label-selector";
import { badRequest } from "../server/api-error";
import type { ResourceDef } from "../resources/resource-def";
import type { StoredObject } from "../store/stored-object";
import type { KObject } from "../types/meta";

const META_FIELDS: Record<string, FieldGetter> = {
  "metadata.name": (o) => (o.metadata as { name?: string }).name,
  "metadata.namespace": (o) => (o.metadata as { namespace?: string }).namespace,
};

export interface ObjectFilter {
  labels: Selector;
  fields: FieldRequirement[];
  getters: Record<string, FieldGetter>;
}

export function parseFilter(def: ResourceDef, query: URLSearchParams): ObjectFilter {
  return parseSelectors(query, def.fields);
}

/** labelSelector and fieldSelector of a request; `fields` adds selectable fields to the metadata ones. */
export function parseSelectors(query: URLSearchParams, extraFields: Record<string, FieldGetter> = {}): ObjectFilter {
  const getters = { ...META_FIELDS, ...extraFields };
  let labels: Selector = [];
  let fields: FieldRequirement[] = [];
  try {
    labels = parseLabelSelector(query.get("labelSelector") ?? "");
  } catch (err) {
    throw badRequest((err as Error).message);
  }
  try {
    fields = parseFieldSelector(query.get("fieldSelector") ?? "");
    checkSupportedFields(fields, getters);
  } catch (err) {
    if (err instanceof FieldSelectorError) throw badRequest(err.message);
    throw err;
  }
  return { labels, fields, getters };
}

export function matches(filter: ObjectFilter, stored: StoredObject): boolean {
  return matchesObject(filter, stored.object);
}

export function matchesObject(filter: ObjectFilter, object: KObject): boolean {
  if (filter.labels.length && !matchesSelector(filter.labels, object.metadata.labels)) return false;
  return !filter.fields.length || matchesFields(filter.fields, filter.getters, object as unknown as Record<string, unknown>);
}

export interface Page {
  items: StoredObject[];
  continueToken?: string;
  remainingItemCount?: number;
}

/** limit/continue: the token carries the list's resourceVersion and the last key served. */
export function paginate(all: StoredObject[], query: URLSearchParams, rv: number): Page {
  const limit = Number(query.get("limit") ?? 0);
  let start = 0;
  const token = query.get("continue");
  if (token) {
    let decoded: { rv?: number; start?: string };
    try {
      decoded = JSON.parse(Buffer.from(token, "base64").toString("utf8")) as { rv?: number; start?: string };
    } catch {
      throw badRequest(`continue key is not valid: illegal base64 data at input byte 0`);
    }
    const after = decoded.start ?? "";
    start = all.findIndex((s) => `${s.namespace}/${s.name}` > after);
    if (start < 0) start = all.length;
  }
  if (!(limit > 0) || start + limit >= all.length) return { items: all.slice(start) };
  const items = all.slice(start, start + limit);
  const last = items[items.length - 1]!;
  const continueToken = Buffer.from(JSON.stringify({ v: "meta.k8s.io/v1", rv, start: `${last.namespace}/${last.name}` })).toString("base64");
  return { items, continueToken, remainingItemCount: all.length - start - limit };
}
