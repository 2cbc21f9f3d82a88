// Delete: preconditions, graceful pod termination, namespace termination, finalizers and the
// propagation policy (the garbage collector finishes Foreground and Orphan deletions).
import { toRfc3339 } from "../core/clock";
import { conflict, notFound } from "../server/api-error";
import { resourceId, type ResourceDef } from "../resources/resource-def";
import type { StoredObject } from "../store/stored-object";
import { StoredObject as Stored } from "../store/stored-object";
import type { Namespace, Pod } from "../types/core";
import { gr, type WriterContext } from "./writer-context";

export type PropagationPolicy = "Foreground" | "Background" | "Orphan";

export interface DeleteOptions {
  propagationPolicy?: PropagationPolicy;
  orphanDependents?: boolean;
  gracePeriodSeconds?: number;
  preconditions?: { uid?: string; resourceVersion?: string };
  dryRun?: boolean;
}

export interface DeleteResult {
  stored: StoredObject;
  /** Gone from the store now (otherwise it carries a deletionTimestamp). */
  immediate: boolean;
}

function policyOf(def: ResourceDef, opts: DeleteOptions): PropagationPolicy {
  if (opts.propagationPolicy) return opts.propagationPolicy;
  if (opts.orphanDependents !== undefined) return opts.orphanDependents ? "Orphan" : "Background";
  // batch/v1 Jobs keep their pods unless told otherwise (the Job strategy's default).
  return def.resource === "jobs" ? "Orphan" : "Background";
}

export function deleteObject(ctx: WriterContext, def: ResourceDef, namespace: string, name: string, opts: DeleteOptions = {}): DeleteResult {
  const id = resourceId(def);
  const current = ctx.store.get(id, namespace, name);
  if (!current) throw notFound(gr(def), name);
  const meta = current.object.metadata;
  const pre = opts.preconditions;
  if (pre?.uid && pre.uid !== meta.uid) {
    throw conflict(gr(def), name, `Precondition failed: UID in precondition: ${pre.uid}, UID in object meta: ${meta.uid}`);
  }
  if (pre?.resourceVersion && pre.resourceVersion !== meta.resourceVersion) {
    throw conflict(gr(def), name, `Precondition failed: ResourceVersion in precondition: ${pre.resourceVersion}, ResourceVersion in object meta: ${meta.resourceVersion}`);
  }
  const now = ctx.clock.now();
  const obj = current.copy();
  const write = (): DeleteResult => ({ stored: opts.dryRun ? new Stored(id, obj, ctx.store.rv) : ctx.store.update(id, obj), immediate: false });

  if (def.resource === "namespaces") {
    if (meta.deletionTimestamp) return { stored: current, immediate: false };
    const ns = obj as Namespace;
    ns.metadata.deletionTimestamp = toRfc3339(now);
    ns.status = { ...ns.status, phase: "Terminating" };
    return write();
  }

  if (def.resource === "pods") {
    const pod = obj as Pod;
    const terminal = pod.status?.phase === "Succeeded" || pod.status?.phase === "Failed";
    const grace = opts.gracePeriodSeconds ?? pod.spec.terminationGracePeriodSeconds ?? 30;
    if (pod.spec.nodeName && !terminal && grace > 0 && !(opts.gracePeriodSeconds === 0)) {
      if (meta.deletionTimestamp && (meta.deletionGracePeriodSeconds ?? 0) <= grace) return { stored: current, immediate: false };
      pod.metadata.deletionTimestamp = toRfc3339(now + grace * 1000);
      pod.metadata.deletionGracePeriodSeconds = grace;
      return write();
    }
  }

  if (meta.deletionTimestamp) {
    if ((meta.finalizers ?? []).length) return { stored: current, immediate: false };
  } else {
    const policy = policyOf(def, opts);
    const hasDependents = ctx.store.dependentsOf(meta.uid ?? "").length > 0;
    const finalizer = policy === "Foreground" ? "foregroundDeletion" : policy === "Orphan" ? "orphan" : undefined;
    if (finalizer && hasDependents && !(obj.metadata.finalizers ?? []).includes(finalizer)) {
      obj.metadata.finalizers = [...(obj.metadata.finalizers ?? []), finalizer];
    }
    if ((obj.metadata.finalizers ?? []).length) {
      obj.metadata.deletionTimestamp = toRfc3339(now);
      obj.metadata.deletionGracePeriodSeconds = 0;
      return write();
    }
  }
  if (opts.dryRun) return { stored: current, immediate: true };
  return { stored: ctx.store.remove(id, namespace, name)!, immediate: true };
}
