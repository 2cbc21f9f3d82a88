// Create: name generation, namespace checks, system metadata, defaults, validation,
// ownership, then the store. Shared by POST, server-side apply on a missing object, and the
// controllers (which create pods, ReplicaSets and events through here).
import { newUid, randomSuffix } from "../core/hash";
import { alreadyExists, forbidden, invalid, notFound } from "../server/api-error";
import { trackUpdate } from "../patch/managed-fields";
import { groupVersion, resourceId, type ResourceDef } from "../resources/resource-def";
import { validateObjectMeta } from "../resources/validation/validate-meta";
import type { StoredObject } from "../store/stored-object";
import { StoredObject as Stored } from "../store/stored-object";
import type { KObject } from "../types/meta";
import type { Namespace } from "../types/core";
import { defaultContext, gr, type WriteOptions, type WriterContext } from "./writer-context";

/** 404 for a missing namespace, 403 for one being deleted. */
export function checkNamespaceWritable(ctx: WriterContext, def: ResourceDef, namespace: string, name: string): void {
  const ns = ctx.store.get("namespaces", "", namespace)?.object as Namespace | undefined;
  if (!ns) throw notFound({ group: "", resource: "namespaces" }, namespace);
  if (ns.status?.phase === "Terminating" || ns.metadata.deletionTimestamp) {
    throw forbidden(gr(def), name, `unable to create new content in namespace ${namespace} because it is being terminated`, [
      { reason: "NamespaceTerminating", message: `namespace ${namespace} is being terminated`, field: "metadata.namespace" },
    ]);
  }
}

export function createObject(ctx: WriterContext, def: ResourceDef, obj: KObject, opts: WriteOptions = {}): StoredObject {
  const meta = (obj.metadata ??= {});
  obj.apiVersion = groupVersion(def);
  obj.kind = def.kind;
  if (!def.namespaced) delete meta.namespace;
  if (!meta.name && meta.generateName) {
    do meta.name = `${meta.generateName}${randomSuffix()}`;
    while (ctx.store.get(resourceId(def), meta.namespace ?? "", meta.name));
  }
  const name = meta.name ?? "";
  if (def.namespaced && meta.namespace) checkNamespaceWritable(ctx, def, meta.namespace, name);

  const now = ctx.clock.nowRfc3339();
  meta.uid = newUid();
  meta.creationTimestamp = now;
  delete meta.resourceVersion;
  delete meta.deletionTimestamp;
  delete meta.deletionGracePeriodSeconds;
  if (def.generation) meta.generation = 1;
  else delete meta.generation;
  def.prepareCreate?.(obj, defaultContext(ctx));

  if (!opts.skipValidation) {
    const errs = [...validateObjectMeta(obj, def.validateName), ...(def.validate?.(obj, undefined) ?? [])];
    if (errs.length) throw invalid(def.kind, def.group, name, errs);
  }
  if (ctx.store.get(resourceId(def), meta.namespace ?? "", name)) throw alreadyExists(gr(def), name);
  if (opts.manager && !opts.ownershipDone) {
    trackUpdate(undefined, obj, { manager: opts.manager, apiVersion: opts.apiVersion ?? groupVersion(def), schema: def.schema, now, subresource: opts.subresource });
  }
  if (opts.dryRun) return new Stored(resourceId(def), obj, ctx.store.rv);
  return ctx.store.create(resourceId(def), obj);
}
