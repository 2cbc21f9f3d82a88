// RFC 6902 JSON Patch with the error texts of evanphx/json-patch, which the apiserver uses.
import { clone, deepEqual, dropNulls, isObject } from "../core/json";
import { PatchError } from "./patch-error";

interface Operation {
  op: string;
  path: string;
  from?: string;
  value?: unknown;
}

function decodePointer(pointer: string): string[] {
  if (pointer === "") return [];
  if (!pointer.startsWith("/")) throw new PatchError(422, `invalid JSON pointer: ${pointer}`);
  return pointer.slice(1).split("/").map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"));
}

type Container = Record<string, unknown> | unknown[];

/** The parent container of the path's last element, and that element's key. */
function locate(doc: unknown, path: string, op: string): [Container, string] {
  const parts = decodePointer(path);
  const last = parts.pop();
  if (last === undefined) throw new PatchError(422, `${op} operation does not apply: doc is missing path: "${path}": missing value`);
  let cur: unknown = doc;
  for (const part of parts) {
    if (Array.isArray(cur)) cur = cur[Number(part)];
    else if (isObject(cur)) cur = cur[part];
    else cur = undefined;
    if (cur === undefined || cur === null) {
      throw new PatchError(422, `${op} operation does not apply: doc is missing path: "${path}": missing value`);
    }
  }
  if (!Array.isArray(cur) && !isObject(cur)) {
    throw new PatchError(422, `${op} operation does not apply: doc is missing path: "${path}": missing value`);
  }
  return [cur, last];
}

function arrayIndex(arr: unknown[], key: string, forInsert: boolean, path: string): number {
  if (forInsert && key === "-") return arr.length;
  const idx = Number(key);
  const max = forInsert ? arr.length : arr.length - 1;
  if (!/^\d+$/.test(key) || idx > max) throw new PatchError(422, `Unable to access invalid index: ${key}: invalid index referenced (path ${path})`);
  return idx;
}

function getValue(doc: unknown, path: string, op: string): unknown {
  if (path === "") return doc;
  const [parent, key] = locate(doc, path, op);
  const value = Array.isArray(parent) ? parent[Number(key)] : parent[key];
  if (value === undefined) throw new PatchError(422, `${op} operation does not apply: doc is missing key: ${path}: missing value`);
  return value;
}

function add(doc: unknown, path: string, value: unknown): unknown {
  if (path === "") return value;
  const [parent, key] = locate(doc, path, "add");
  if (Array.isArray(parent)) parent.splice(arrayIndex(parent, key, true, path), 0, value);
  else parent[key] = value;
  return doc;
}

function remove(doc: unknown, path: string): unknown {
  const [parent, key] = locate(doc, path, "remove");
  if (Array.isArray(parent)) parent.splice(arrayIndex(parent, key, false, path), 1);
  else {
    if (!(key in parent)) throw new PatchError(422, `unable to remove nonexistent key: ${key}: missing value`);
    delete parent[key];
  }
  return doc;
}

function replace(doc: unknown, path: string, value: unknown): unknown {
  if (path === "") return value;
  const [parent, key] = locate(doc, path, "replace");
  if (Array.isArray(parent)) parent[arrayIndex(parent, key, false, path)] = value;
  else {
    if (!(key in parent)) throw new PatchError(422, `replace operation does not apply: doc is missing key: ${path}: missing value`);
    parent[key] = value;
  }
  return doc;
}

/** Decodes a JSON Patch document; 400 when it is not a list of operations. */
export function decodeJsonPatch(body: unknown): Operation[] {
  if (!Array.isArray(body)) {
    throw new PatchError(400, "json: cannot unmarshal object into Go value of type jsonpatch.Patch");
  }
  return body.map((op) => {
    if (!isObject(op) || typeof op.op !== "string") throw new PatchError(400, "Unexpected kind: unknown");
    return op as unknown as Operation;
  });
}

export function applyJsonPatch(document: unknown, body: unknown): unknown {
  let doc = clone(document);
  for (const op of decodeJsonPatch(body)) {
    if (typeof op.path !== "string") throw new PatchError(422, `${op.op} operation does not apply: doc is missing path: "": missing value`);
    switch (op.op) {
      case "add":
        doc = add(doc, op.path, dropNulls(op.value));
        break;
      case "remove":
        doc = remove(doc, op.path);
        break;
      case "replace":
        doc = replace(doc, op.path, dropNulls(op.value));
        break;
      case "move": {
        const value = getValue(doc, op.from ?? "", "move");
        doc = add(remove(doc, op.from ?? ""), op.path, value);
        break;
      }
      case "copy":
        doc = add(doc, op.path, clone(getValue(doc, op.from ?? "", "copy")));
        break;
      case "test": {
        let actual: unknown;
        try {
          actual = getValue(doc, op.path, "test");
        } catch {
          actual = undefined;
        }
        if (!deepEqual(actual, op.value ?? null)) throw new PatchError(422, `testing value ${op.path} failed: test failed`);
        break;
      }
      default:
        throw new PatchError(422, `Unexpected kind: ${op.op}`);
    }
  }
  return doc;
}
