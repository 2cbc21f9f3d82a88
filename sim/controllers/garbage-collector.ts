// Garbage collection by ownerReferences: dependents of a deleted owner are deleted when no
// owner is left (background); the "orphan" finalizer strips the owner from its dependents;
// "foregroundDeletion" deletes dependents first and the owner when none remain.
import type { StoreEvent } from "../store/stored-object";
import type { KObject } from "../types/meta";
import { Controller } from "./controller-base";

/** An empty ownerReferences list is omitted, as the apiserver prints it. */
function withOwners(obj: KObject, owners: NonNullable<KObject["metadata"]["ownerReferences"]>): KObject {
  const metadata: KObject["metadata"] = { ...obj.metadata, ownerReferences: owners };
  if (!owners.length) delete metadata.ownerReferences;
  return { ...obj, metadata };
}

const encode = (resource: string, namespace: string, name: string) => `${resource}|${namespace}|${name}`;

export class GarbageCollector extends Controller {
  protected readonly primary = undefined;

  protected keysFor(event: StoreEvent): string[] {
    const obj = event.object.object;
    const keys: string[] = [];
    if (event.type === "DELETED") {
      for (const dep of this.ctx.store.dependentsOf(obj.metadata.uid ?? "")) keys.push(`dependent|${dep.resource}|${dep.namespace}|${dep.name}`);
      // A foreground owner waits for its dependents: each deletion re-checks it.
      for (const ref of obj.metadata.ownerReferences ?? []) {
        const def = this.ctx.resources.byKind(ref.apiVersion, ref.kind);
        if (def) keys.push(`owner|${encode(def.group ? `${def.resource}.${def.group}` : def.resource, def.namespaced ? event.object.namespace : "", ref.name)}`);
      }
    } else if (obj.metadata.deletionTimestamp && (obj.metadata.finalizers ?? []).some((f) => f === "orphan" || f === "foregroundDeletion")) {
      keys.push(`owner|${encode(event.resource, event.object.namespace, event.object.name)}`);
    }
    return keys;
  }

  protected reconcile(key: string): void {
    const [role, resource = "", namespace = "", name = ""] = key.split("|");
    const obj = this.ctx.store.get(resource, namespace, name)?.object;
    if (!obj) return;
    if (role === "dependent") this.collectDependent(resource, obj);
    else this.finishOwner(resource, obj);
  }

  private ownerExists(obj: KObject, uid: string): boolean {
    const ref = obj.metadata.ownerReferences?.find((r) => r.uid === uid);
    const def = ref && this.ctx.resources.byKind(ref.apiVersion, ref.kind);
    if (!ref || !def) return false;
    const id = def.group ? `${def.resource}.${def.group}` : def.resource;
    const owner = this.ctx.store.get(id, def.namespaced ? (obj.metadata.namespace ?? "") : "", ref.name);
    return owner?.object.metadata.uid === uid;
  }

  private collectDependent(resource: string, obj: KObject): void {
    const refs = obj.metadata.ownerReferences ?? [];
    const alive = refs.filter((r) => this.ownerExists(obj, r.uid));
    if (alive.length === refs.length) return;
    if (alive.length === 0) {
      if (!obj.metadata.deletionTimestamp) this.remove(resource, obj.metadata.namespace ?? "", obj.metadata.name ?? "", { propagationPolicy: "Background" });
    } else {
      this.update(resource, withOwners(obj, alive));
    }
  }

  private finishOwner(resource: string, owner: KObject): void {
    const uid = owner.metadata.uid ?? "";
    const finalizers = owner.metadata.finalizers ?? [];
    if (finalizers.includes("orphan")) {
      for (const dep of this.ctx.store.dependentsOf(uid)) {
        const obj = this.ctx.store.get(dep.resource, dep.namespace, dep.name)?.object;
        if (obj) this.update(dep.resource, withOwners(obj, (obj.metadata.ownerReferences ?? []).filter((r) => r.uid !== uid)));
      }
      this.dropFinalizer(resource, owner, "orphan");
    } else if (finalizers.includes("foregroundDeletion")) {
      for (const dep of this.ctx.store.dependentsOf(uid)) {
        const obj = this.ctx.store.get(dep.resource, dep.namespace, dep.name)?.object;
        if (obj && !obj.metadata.deletionTimestamp) this.remove(dep.resource, dep.namespace, dep.name, { propagationPolicy: "Foreground" });
      }
      if (this.ctx.store.dependentsOf(uid).length === 0) this.dropFinalizer(resource, owner, "foregroundDeletion");
    }
  }

  /** Removing the last finalizer of an object being deleted completes its deletion. */
  private dropFinalizer(resource: string, owner: KObject, finalizer: string): void {
    const current = this.ctx.store.get(resource, owner.metadata.namespace ?? "", owner.metadata.name ?? "")?.object ?? owner;
    this.update(resource, { ...current, metadata: { ...current.metadata, finalizers: (current.metadata.finalizers ?? []).filter((f) => f !== finalizer) } });
  }
}
