// Update: optimistic concurrency on resourceVersion, system metadata carried over, status
// kept apart from spec (the /status subresource), generation bumped on spec changes, no-op
// writes skipped (no new resourceVersion, no watch event), finalizer-completed deletions.
import { clone, deepEqual } from "../core/json";
import { badRequest, conflict, invalid, notFound, STALE_OBJECT } from "../server/api-error";
import { trackUpdate } from "../patch/managed-fields";
import { groupVersion, resourceId, type ResourceDef } from "../resources/resource-def";
import { validateObjectMeta } from "../resources/validation/validate-meta";
import { StoredObject } from "../store/stored-object";
import type { KObject } from "../types/meta";
import { defaultContext, gr, type WriteOptions, type WriterContext } from "./writer-context";

const SYSTEM_META = ["uid", "creationTimestamp", "deletionTimestamp", "deletionGracePeriodSeconds", "generation"] as const;

function withoutBookkeeping(obj: KObject): unknown {
  const copy = clone(obj);
  delete copy.metadata.resourceVersion;
  delete copy.metadata.managedFields;
  return copy;
}

export function updateObject(ctx: WriterContext, def: ResourceDef, namespace: string, name: string, incoming: KObject, opts: WriteOptions = {}): StoredObject {
  const current = ctx.store.get(resourceId(def), namespace, name);
  if (!current) throw notFound(gr(def), name);
  const old = current.object;
  const meta = (incoming.metadata ??= {});
  if (meta.name !== undefined && meta.name !== name) {
    throw badRequest(`the name of the object (${meta.name}) does not match the name on the URL (${name})`);
  }
  if (def.namespaced && meta.namespace && meta.namespace !== namespace) {
    throw badRequest("the namespace of the provided object does not match the namespace sent on the request");
  }
  if (meta.resourceVersion && meta.resourceVersion !== old.metadata.resourceVersion) throw conflict(gr(def), name, STALE_OBJECT);

  let obj: KObject;
  if (opts.subresource === "status") {
    // A status write changes status only (Deployments' also annotations: the controller
    // records revisions that way without bumping generation).
    obj = { ...clone(old), status: clone(incoming.status) };
    if (def.statusUpdatesAnnotations && incoming.metadata.annotations) obj.metadata.annotations = clone(incoming.metadata.annotations);
  } else {
    obj = clone(incoming);
    obj.metadata.name = name;
    if (def.namespaced) obj.metadata.namespace = namespace;
    for (const key of SYSTEM_META) {
      const meta = obj.metadata as Record<string, unknown>;
      if (old.metadata[key] === undefined) delete meta[key];
      else meta[key] = old.metadata[key];
    }
    if (def.statusSubresource) obj.status = clone(old.status);
  }
  obj.apiVersion = groupVersion(def);
  obj.kind = def.kind;
  if (obj.status === undefined) delete obj.status;
  def.prepareUpdate?.(obj, old, defaultContext(ctx));

  if (!opts.skipValidation) {
    const errs = [...validateObjectMeta(obj, def.validateName), ...(def.validate?.(obj, old) ?? [])];
    if (errs.length) throw invalid(def.kind, def.group, name, errs);
  }
  if (def.generation && opts.subresource !== "status") {
    const specChanged = !deepEqual(obj.spec, old.spec) || (def.generationOnAnnotations && !deepEqual(obj.metadata.annotations, old.metadata.annotations));
    obj.metadata.generation = (old.metadata.generation ?? 1) + (specChanged ? 1 : 0);
  }
  const now = ctx.clock.nowRfc3339();
  if (opts.manager && !opts.ownershipDone) {
    trackUpdate(old, obj, { manager: opts.manager, apiVersion: opts.apiVersion ?? groupVersion(def), schema: def.schema, now, subresource: opts.subresource });
  } else if (!opts.ownershipDone && opts.manager === undefined && obj.metadata.managedFields === undefined) {
    // Controller writes leave ownership as it was.
    if (old.metadata.managedFields) obj.metadata.managedFields = clone(old.metadata.managedFields);
  }

  if (deepEqual(withoutBookkeeping(obj), withoutBookkeeping(old))) return current;
  if (opts.dryRun) return new StoredObject(resourceId(def), obj, ctx.store.rv);
  // The last finalizer gone from an object being deleted completes the deletion.
  if (obj.metadata.deletionTimestamp && (old.metadata.finalizers ?? []).length && !(obj.metadata.finalizers ?? []).length) {
    ctx.store.update(resourceId(def), obj);
    return ctx.store.remove(resourceId(def), namespace, name)!;
  }
  return ctx.store.update(resourceId(def), obj);
}
