// Ownership for non-apply writes (create, update, patch): the writing manager takes the
// fields it changed, which other managers lose, as the apiserver's fieldmanager does.
import { deepEqual, isObject } from "../core/json";
import type { TypeSchema } from "../schema/type-schema";
import type { KObject, ManagedFieldsEntry } from "../types/meta";
import { fieldSetOf, splitPath, valueAt } from "./field-set";
import { decodeEntries, encodeEntries, sameOwner, trackedPart } from "./owned-fields";

export interface UpdateOwnership {
  manager: string;
  apiVersion: string;
  subresource?: string;
  schema: TypeSchema;
  now: string;
}

/** Sets `updated.metadata.managedFields` after a write of `updated` over `old`. */
export function trackUpdate(old: KObject | undefined, updated: KObject, who: UpdateOwnership): void {
  const requested = updated.metadata.managedFields;
  const previous = old?.metadata.managedFields;
  if (requested && requested.length === 1 && Object.keys(requested[0]!).length === 0) {
    delete updated.metadata.managedFields; // [{}] resets ownership
    return;
  }
  if (requested && requested.length > 0 && !deepEqual(requested, previous)) return; // set by the client
  const before = trackedPart(old, who.subresource);
  const after = trackedPart(updated, who.subresource);
  const oldSet = fieldSetOf(before, who.schema);
  const newSet = fieldSetOf(after, who.schema);
  const changed = new Set<string>();
  for (const path of newSet) {
    if (!oldSet.has(path) || !deepEqual(valueAt(before, path, who.schema), valueAt(after, path, who.schema))) changed.add(path);
  }
  const removed = [...oldSet].filter((p) => !newSet.has(p));
  // A map created by this write is itself owned (serialized as ".": {} in FieldsV1).
  for (const path of changed) {
    const els = splitPath(path);
    for (let i = 1; i < els.length; i++) {
      const parent = els.slice(0, i).join("\n");
      if (els[i - 1]!.startsWith("f:") && valueAt(before, parent, who.schema) === undefined && isObject(valueAt(after, parent, who.schema))) changed.add(parent);
    }
  }
  const owned = decodeEntries(previous);
  for (const o of owned) for (const path of [...changed, ...removed]) o.set.delete(path);
  if (changed.size) {
    const existing = owned.find((o) => sameOwner(o.entry, who.manager, "Update", who.subresource));
    const entry: ManagedFieldsEntry = { manager: who.manager, operation: "Update", apiVersion: who.apiVersion, time: who.now, ...(who.subresource ? { subresource: who.subresource } : {}) };
    if (existing) {
      existing.entry = entry;
      for (const path of changed) existing.set.add(path);
    } else owned.push({ entry, set: changed });
  }
  const encoded = encodeEntries(owned);
  if (encoded.length) updated.metadata.managedFields = encoded;
  else delete updated.metadata.managedFields;
}
