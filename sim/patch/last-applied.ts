// The bridge from client-side to server-side apply (lastappliedmanager.go and
// lastappliedupdater.go of the apiserver's fieldmanager), for the "kubectl" manager only:
// conflicts on fields that `kubectl apply` last applied, unchanged since, do not block a
// server-side apply; and the last-applied annotation follows server-side applies.
import { deepEqual, isObject, type JsonObject } from "../core/json";
import type { TypeSchema } from "../schema/type-schema";
import type { KObject } from "../types/meta";
import { fieldSetOf, valueAt } from "./field-set";
import { trackedPart } from "./owned-fields";
import type { ApplyConflict } from "./server-side-apply";

export const LAST_APPLIED = "kubectl.kubernetes.io/last-applied-configuration";

function lastApplied(live: KObject): JsonObject | undefined {
  const text = live.metadata.annotations?.[LAST_APPLIED];
  if (!text) return undefined;
  try {
    const parsed = JSON.parse(text) as unknown;
    return isObject(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** True when every conflict is on a field client-side apply set and nobody changed since. */
export function conflictsAllowedByLastApplied(live: KObject, conflicts: ApplyConflict[], schema: TypeSchema): boolean {
  const applied = lastApplied(live);
  if (!applied) return false;
  const part = trackedPart(applied, undefined);
  const fields = fieldSetOf(part, schema);
  return conflicts.every((c) => fields.has(c.path) && deepEqual(valueAt(part, c.path, schema), valueAt(live, c.path, schema)));
}

/** After a "kubectl" server-side apply, an existing last-applied annotation becomes the new config. */
export function syncLastApplied(merged: KObject, live: KObject | undefined, config: JsonObject): void {
  if (!live || !lastApplied(live)) return;
  const copy = JSON.parse(JSON.stringify(config)) as KObject;
  const annotations = { ...(copy.metadata?.annotations ?? {}) };
  delete annotations[LAST_APPLIED];
  if (Object.keys(annotations).length) copy.metadata.annotations = annotations;
  else if (copy.metadata) delete copy.metadata.annotations;
  merged.metadata.annotations = { ...merged.metadata.annotations, [LAST_APPLIED]: `${JSON.stringify(copy)}\n` };
}
