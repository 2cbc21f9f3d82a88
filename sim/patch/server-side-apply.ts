// Server-side apply: merge an apply configuration into the live object, detect conflicts with
// fields other managers own, prune fields this manager stopped applying, and record ownership
// in metadata.managedFields (semantics of sigs.k8s.io/structured-merge-diff).
import { clone, deepEqual, isObject, type JsonObject } from "../core/json";
import { asList, fieldSchema, itemSchema, type TypeSchema } from "../schema/type-schema";
import type { KObject } from "../types/meta";
import { fieldSetOf, itemKey, removeAt, valueAt, type FieldSet } from "./field-set";
import { decodeEntries, describeManager, encodeEntries, sameOwner, trackedPart } from "./owned-fields";

export interface ApplyConflict {
  manager: string;
  path: string;
}

export class ApplyConflictError extends Error {
  constructor(readonly conflicts: ApplyConflict[]) {
    super("apply conflict");
  }
}

export interface ApplyRequest {
  live: KObject | undefined;
  config: JsonObject;
  manager: string;
  force: boolean;
  apiVersion: string;
  subresource?: string;
  schema: TypeSchema;
  now: string;
}

/** Structured merge: maps by field, list-maps by key, sets by value, the rest replaced. */
export function structuredMerge(live: unknown, config: unknown, schema: TypeSchema | undefined): unknown {
  if (isObject(live) && isObject(config)) {
    const out: JsonObject = { ...live };
    for (const [key, value] of Object.entries(config)) out[key] = structuredMerge(live[key], value, fieldSchema(schema, key));
    return out;
  }
  const list = asList(schema);
  if (Array.isArray(live) && Array.isArray(config) && list?.keys && config.every(isObject) && live.every(isObject)) {
    const keys = list.keys;
    const out = [...(live as JsonObject[])];
    for (const item of config as JsonObject[]) {
      const index = out.findIndex((o) => itemKey(o, keys) === itemKey(item, keys));
      if (index >= 0) out[index] = structuredMerge(out[index], item, itemSchema(schema)) as JsonObject;
      else out.push(clone(item));
    }
    return out;
  }
  if (Array.isArray(live) && Array.isArray(config) && list?.set) {
    return [...live, ...config.filter((v) => !live.some((l) => deepEqual(l, v)))];
  }
  return clone(config);
}

/** Returns the merged object with updated managedFields; throws ApplyConflictError. */
export function serverSideApply(req: ApplyRequest): KObject {
  const { live, manager, subresource, schema } = req;
  const config = trackedPart(req.config, subresource);
  const configSet = fieldSetOf(config, schema);
  const owned = decodeEntries(live?.metadata.managedFields);
  const mine = owned.find((o) => sameOwner(o.entry, manager, "Apply", subresource));
  const others = owned.filter((o) => o !== mine);

  const conflicts: ApplyConflict[] = [];
  const conflicting = new Map<(typeof others)[number], FieldSet>();
  for (const other of others) {
    for (const path of other.set) {
      if (!configSet.has(path)) continue;
      const wanted = valueAt(config, path, schema);
      if (isObject(wanted)) continue; // list items and maps: their leaves decide
      if (live && !deepEqual(valueAt(live, path, schema), wanted)) {
        conflicts.push({ manager: describeManager(other.entry), path });
        if (!conflicting.has(other)) conflicting.set(other, new Set());
        conflicting.get(other)!.add(path);
      }
    }
  }
  if (conflicts.length && !req.force) throw new ApplyConflictError(conflicts);
  for (const [other, paths] of conflicting) for (const path of paths) other.set.delete(path);

  const base: JsonObject = live ? clone(live) : { ...clone(req.config), metadata: clone(req.config.metadata ?? {}) };
  const merged = structuredMerge(base, config, schema) as KObject;
  if (live && subresource !== "status") merged.status = clone(live.status);

  // Fields this manager applied before and no longer does go, unless someone else owns them.
  const ownedByOthers = new Set(others.flatMap((o) => [...o.set]));
  for (const path of mine?.set ?? []) {
    if (!configSet.has(path) && !ownedByOthers.has(path)) removeAt(merged, path, schema);
  }

  const entry = { manager, operation: "Apply" as const, apiVersion: req.apiVersion, time: req.now, ...(subresource ? { subresource } : {}) };
  const next = [...others, { entry, set: configSet }];
  // Keep the order the API server keeps: existing entries in place, a new manager last.
  const ordered = mine ? owned.map((o) => (o === mine ? next[next.length - 1]! : o)) : next;
  merged.metadata = { ...(merged.metadata ?? {}), managedFields: encodeEntries(ordered) };
  return merged;
}
