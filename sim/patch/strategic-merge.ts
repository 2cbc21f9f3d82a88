// Strategic merge patch, following k8s.io/apimachinery/pkg/util/strategicpatch: lists with a
// merge key merge item by item, `$patch` (replace/delete/merge), `$retainKeys`,
// `$deleteFromPrimitiveList/<list>` and `$setElementOrder/<list>` directives.
import { clone, deepEqual, isObject, type JsonObject } from "../core/json";
import { asList, fieldSchema, itemSchema, type TypeSchema } from "../schema/type-schema";
import { PatchError } from "./patch-error";
import { orderByDirective } from "./strategic-merge-order";

const DIRECTIVE = "$patch";
const RETAIN_KEYS = "$retainKeys";
const DELETE_FROM = "$deleteFromPrimitiveList/";
const SET_ORDER = "$setElementOrder/";

export function applyStrategicMergePatch(original: unknown, patch: unknown, schema: TypeSchema | undefined): unknown {
  if (!isObject(patch)) throw new PatchError(400, "json: cannot unmarshal array into Go value of type map[string]interface {}");
  return mergeMap(isObject(original) ? clone(original) : {}, clone(patch), schema);
}

function mergeMap(original: JsonObject, patch: JsonObject, schema: TypeSchema | undefined): JsonObject {
  const directive = patch[DIRECTIVE];
  if (directive !== undefined) {
    if (directive === "replace") {
      delete patch[DIRECTIVE];
      return patch;
    }
    if (directive === "delete") return {};
    throw new PatchError(400, `Unknown patch type: ${String(directive)} in map: ${JSON.stringify(patch)}`);
  }
  const retain = patch[RETAIN_KEYS];
  if (retain !== undefined) {
    if (!Array.isArray(retain)) throw new PatchError(400, `invalid patch: ${RETAIN_KEYS} must be a list`);
    for (const key of Object.keys(original)) if (!retain.includes(key)) delete original[key];
  }
  const before = { ...original };
  for (const [key, value] of Object.entries(patch)) {
    if (key === RETAIN_KEYS || key.startsWith(SET_ORDER)) continue;
    if (key.startsWith(DELETE_FROM)) {
      const field = key.slice(DELETE_FROM.length);
      const current = original[field];
      if (Array.isArray(current) && Array.isArray(value)) original[field] = current.filter((v) => !value.some((d) => deepEqual(d, v)));
      continue;
    }
    const sub = fieldSchema(schema, key);
    if (value === null) {
      delete original[key];
    } else if (isObject(value)) {
      original[key] = mergeMap(isObject(original[key]) ? (original[key] as JsonObject) : {}, value, sub);
    } else if (Array.isArray(value)) {
      original[key] = mergeList(Array.isArray(original[key]) ? (original[key] as unknown[]) : [], value, sub);
    } else {
      original[key] = value;
    }
  }
  for (const [key, order] of Object.entries(patch)) {
    if (!key.startsWith(SET_ORDER)) continue;
    const field = key.slice(SET_ORDER.length);
    if (!Array.isArray(order)) throw new PatchError(400, `invalid patch: ${key} must be a list`);
    const current = original[field];
    const server = Array.isArray(before[field]) ? (before[field] as unknown[]) : [];
    if (Array.isArray(current)) original[field] = orderByDirective(current, order, server, asList(fieldSchema(schema, field))?.smpKey);
  }
  return original;
}

function mergeList(original: unknown[], patch: unknown[], schema: TypeSchema | undefined): unknown[] {
  const list = asList(schema);
  if (list?.set) {
    const result = [...original];
    for (const item of patch) if (!result.some((v) => deepEqual(v, item))) result.push(item);
    return result;
  }
  const mergeKey = list?.smpKey;
  if (!mergeKey) return patch.map((item) => (isObject(item) ? stripDirectives(item) : item));
  const replace = patch.find((item) => isObject(item) && item[DIRECTIVE] === "replace");
  if (replace) return patch.filter((item) => item !== replace).map((item) => (isObject(item) ? stripDirectives(item) : item));

  const result = [...original];
  const sub = itemSchema(schema);
  for (const item of patch) {
    if (!isObject(item)) throw new PatchError(400, `unable to find api field in struct for the list item ${JSON.stringify(item)}`);
    const key = item[mergeKey];
    if (key === undefined) {
      throw new PatchError(400, `map: ${JSON.stringify(item)} does not contain declared merge key: ${mergeKey}`);
    }
    const index = result.findIndex((o) => isObject(o) && deepEqual(o[mergeKey], key));
    if (item[DIRECTIVE] === "delete") {
      if (index >= 0) result.splice(index, 1);
      continue;
    }
    if (index >= 0) result[index] = mergeMap(result[index] as JsonObject, item, sub);
    else result.push(mergeMap({}, item, sub));
  }
  return result;
}

/** A patch value applied where nothing existed: directives go, nulls go. */
function stripDirectives(value: JsonObject): JsonObject {
  const out: JsonObject = {};
  for (const [key, v] of Object.entries(value)) {
    if (key.startsWith("$") || v === null) continue;
    out[key] = isObject(v) ? stripDirectives(v) : v;
  }
  return out;
}
