// What server-side apply considers "fields" of an object: everything a client sets, without the
// identity and bookkeeping fields the server owns, and either the main resource or /status.
import { clone, isObject, type JsonObject } from "../core/json";
import type { ManagedFieldsEntry } from "../types/meta";
import { fromFieldsV1, toFieldsV1, type FieldSet } from "./field-set";

const SERVER_META = ["name", "namespace", "uid", "resourceVersion", "generation", "creationTimestamp", "managedFields", "selfLink", "deletionTimestamp", "deletionGracePeriodSeconds"];

/** The part of an object whose fields are tracked, for the main resource or a subresource. */
export function trackedPart(obj: unknown, subresource: string | undefined): JsonObject {
  if (!isObject(obj)) return {};
  if (subresource === "status") return isObject(obj.status) ? { status: clone(obj.status) } : {};
  const out = clone(obj);
  delete out.apiVersion;
  delete out.kind;
  delete out.status;
  if (isObject(out.metadata)) {
    for (const key of SERVER_META) delete out.metadata[key];
    if (Object.keys(out.metadata).length === 0) delete out.metadata;
  }
  return out;
}

export interface OwnedEntry {
  entry: ManagedFieldsEntry;
  set: FieldSet;
}

export function decodeEntries(entries: ManagedFieldsEntry[] | undefined): OwnedEntry[] {
  return (entries ?? []).map((entry) => ({ entry, set: fromFieldsV1(entry.fieldsV1) }));
}

export function encodeEntries(owned: OwnedEntry[]): ManagedFieldsEntry[] {
  return owned
    .filter((o) => o.set.size > 0)
    .map((o) => ({ ...o.entry, fieldsType: "FieldsV1" as const, fieldsV1: toFieldsV1(o.set) }));
}

export const sameOwner = (e: ManagedFieldsEntry, manager: string, operation: string, subresource?: string) =>
  e.manager === manager && e.operation === operation && (e.subresource ?? "") === (subresource ?? "");

/** Conflict text names a manager as the apiserver does (printManager in fieldmanager). */
export function describeManager(e: ManagedFieldsEntry): string {
  let text = JSON.stringify(e.manager ?? "");
  if (e.subresource) text += ` with subresource ${JSON.stringify(e.subresource)}`;
  if (e.operation === "Update") text += e.time ? ` using ${e.apiVersion} at ${e.time}` : ` using ${e.apiVersion}`;
  return text;
}
