// Field sets as server-side apply tracks them (sigs.k8s.io/structured-merge-diff): paths of
// `f:<field>`, `k:{<list-map keys>}` and `v:<set value>` elements, serialized as FieldsV1.
// A set is a Set of paths, each path its elements joined by "\n".
import { deepEqual, isObject, type JsonObject } from "../core/json";
import { asList, fieldSchema, itemSchema, type TypeSchema } from "../schema/type-schema";

export type FieldSet = Set<string>;
const SEP = "\n";
const MEMBER = ".";

/** Values the schema defaults for list-map keys, so `{containerPort: 80}` keys as TCP. */
const KEY_DEFAULTS: Record<string, unknown> = { protocol: "TCP" };

export function itemKey(item: JsonObject, keys: string[]): string {
  const entries = [...keys].sort().flatMap((k) => {
    const v = item[k] ?? KEY_DEFAULTS[k];
    return v === undefined ? [] : [`${JSON.stringify(k)}:${JSON.stringify(v)}`];
  });
  return `k:{${entries.join(",")}}`;
}

/** Every leaf and list-item path of a value (`resources: {}` is a leaf, as in FieldsV1). */
export function fieldSetOf(value: unknown, schema: TypeSchema | undefined, prefix: string[] = []): FieldSet {
  const set: FieldSet = new Set();
  walk(value, schema, prefix, set);
  return set;
}

function walk(value: unknown, schema: TypeSchema | undefined, path: string[], set: FieldSet): void {
  if (isObject(value)) {
    const keys = Object.keys(value).filter((k) => value[k] !== undefined);
    if (keys.length === 0 && path.length) set.add(path.join(SEP));
    for (const key of keys) walk(value[key], fieldSchema(schema, key), [...path, `f:${key}`], set);
    return;
  }
  const list = asList(schema);
  if (Array.isArray(value) && list?.keys && value.every(isObject)) {
    for (const item of value as JsonObject[]) {
      const itemPath = [...path, itemKey(item, list.keys)];
      set.add(itemPath.join(SEP));
      walk(item, itemSchema(schema), itemPath, set);
    }
    return;
  }
  if (Array.isArray(value) && list?.set) {
    for (const item of value) set.add([...path, `v:${JSON.stringify(item)}`].join(SEP));
    return;
  }
  set.add(path.join(SEP));
}

export const splitPath = (path: string): string[] => path.split(SEP);

/** The value a path names in an object, or undefined. */
export function valueAt(obj: unknown, path: string, schema: TypeSchema | undefined): unknown {
  let cur: unknown = obj;
  let sch = schema;
  for (const el of splitPath(path)) {
    if (el.startsWith("f:")) {
      if (!isObject(cur)) return undefined;
      cur = cur[el.slice(2)];
      sch = fieldSchema(sch, el.slice(2));
    } else if (el.startsWith("k:")) {
      const keys = asList(sch)?.keys ?? [];
      cur = Array.isArray(cur) ? cur.find((item) => isObject(item) && itemKey(item, keys) === el) : undefined;
      sch = itemSchema(sch);
    } else if (el.startsWith("v:")) {
      const wanted = JSON.parse(el.slice(2)) as unknown;
      cur = Array.isArray(cur) && cur.some((v) => deepEqual(v, wanted)) ? wanted : undefined;
    }
  }
  return cur;
}

/** Removes what a path names (a field, a list item or a set value); silent when absent. */
export function removeAt(obj: unknown, path: string, schema: TypeSchema | undefined): void {
  const els = splitPath(path);
  const last = els.pop()!;
  let parent: unknown = obj;
  let sch = schema;
  for (const el of els) {
    const parentSchema = sch;
    parent = valueAt(parent, el, parentSchema);
    sch = el.startsWith("f:") ? fieldSchema(parentSchema, el.slice(2)) : itemSchema(parentSchema);
  }
  if (last.startsWith("f:") && isObject(parent)) delete parent[last.slice(2)];
  else if (Array.isArray(parent) && (last.startsWith("k:") || last.startsWith("v:"))) {
    const index = parent.findIndex((item) => valueAt([item], last, sch) !== undefined);
    if (index >= 0) parent.splice(index, 1);
  }
}

interface Node {
  member: boolean;
  children: Map<string, Node>;
}

export function toFieldsV1(set: FieldSet): JsonObject {
  const root: Node = { member: false, children: new Map() };
  for (const path of set) {
    let node = root;
    for (const el of splitPath(path)) {
      let child = node.children.get(el);
      if (!child) node.children.set(el, (child = { member: false, children: new Map() }));
      node = child;
    }
    node.member = true;
  }
  const render = (node: Node): JsonObject => {
    const out: JsonObject = {};
    if (node.member && node.children.size) out[MEMBER] = {};
    for (const key of [...node.children.keys()].sort()) out[key] = render(node.children.get(key)!);
    return out;
  };
  return render(root);
}

export function fromFieldsV1(fields: unknown): FieldSet {
  const set: FieldSet = new Set();
  const visit = (node: unknown, path: string[]) => {
    if (!isObject(node)) return;
    const keys = Object.keys(node);
    if (keys.length === 0 && path.length) set.add(path.join(SEP));
    for (const key of keys) {
      if (key === MEMBER) set.add(path.join(SEP));
      else visit(node[key], [...path, key]);
    }
  };
  visit(fields, []);
  return set;
}

/** Path text as conflict messages print it: `.spec.containers[name="web"].image`. */
export function formatPath(path: string): string {
  return splitPath(path)
    .map((el) => {
      if (el.startsWith("f:")) return `.${el.slice(2)}`;
      if (el.startsWith("v:")) return `[=${el.slice(2)}]`;
      const keys = JSON.parse(el.slice(2)) as JsonObject;
      return `[${Object.entries(keys).map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(",")}]`;
    })
    .join("");
}
