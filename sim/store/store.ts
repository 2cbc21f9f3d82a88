// The object store: every object of every resource, one global resourceVersion counter (like
// etcd's revision), a watch history, and the owner index the garbage collector uses.
// Writes are synchronous; listeners (controllers, watch streams) are told synchronously.
import type { KObject } from "../types/meta";
import { History } from "./history";
import { StoredObject, type StoreEvent, type StoreEventType } from "./stored-object";

export type StoreListener = (event: StoreEvent) => void;

export interface ObjectRef {
  resource: string;
  namespace: string;
  name: string;
}

class ResourceBucket {
  readonly byNamespace = new Map<string, Map<string, StoredObject>>();
  size = 0;
  private sorted: StoredObject[] | undefined;
  private sortedNs = new Map<string, StoredObject[]>();

  invalidate(namespace: string): void {
    this.sorted = undefined;
    this.sortedNs.delete(namespace);
  }

  /** Sorted by namespace then name, like etcd keys; cached until an add or delete. */
  list(namespace?: string): StoredObject[] {
    if (namespace !== undefined) {
      let cached = this.sortedNs.get(namespace);
      if (!cached) {
        const objects = this.byNamespace.get(namespace);
        cached = objects ? [...objects.keys()].sort().map((name) => objects.get(name)!) : [];
        this.sortedNs.set(namespace, cached);
      }
      return cached.map((o) => this.byNamespace.get(namespace)!.get(o.name)!);
    }
    if (!this.sorted) {
      this.sorted = [...this.byNamespace.keys()].sort().flatMap((ns) => this.list(ns));
    }
    return this.sorted.map((o) => this.byNamespace.get(o.namespace)!.get(o.name)!);
  }
}

export class Store {
  private buckets = new Map<string, ResourceBucket>();
  private listeners = new Set<StoreListener>();
  private dependents = new Map<string, Set<string>>();
  readonly history: History;
  rv = 0;

  constructor(historyLimit = 20_000) {
    this.history = new History(historyLimit);
  }

  private bucket(resource: string): ResourceBucket {
    let bucket = this.buckets.get(resource);
    if (!bucket) this.buckets.set(resource, (bucket = new ResourceBucket()));
    return bucket;
  }

  get(resource: string, namespace: string, name: string): StoredObject | undefined {
    return this.buckets.get(resource)?.byNamespace.get(namespace)?.get(name);
  }

  list(resource: string, namespace?: string): StoredObject[] {
    return this.buckets.get(resource)?.list(namespace) ?? [];
  }

  count(resource: string): number {
    return this.buckets.get(resource)?.size ?? 0;
  }

  resources(): string[] {
    return [...this.buckets.keys()];
  }

  /** Stores a new object (the caller has checked it does not exist) and tells listeners. */
  create(resource: string, object: KObject): StoredObject {
    return this.write("ADDED", resource, object);
  }

  update(resource: string, object: KObject): StoredObject {
    return this.write("MODIFIED", resource, object);
  }

  remove(resource: string, namespace: string, name: string): StoredObject | undefined {
    const current = this.get(resource, namespace, name);
    if (!current) return undefined;
    const object = current.copy();
    return this.write("DELETED", resource, object, current);
  }

  /** Loads an object without an event or history entry (seeding, restoring a snapshot). */
  load(resource: string, object: KObject): StoredObject {
    const rv = Number(object.metadata.resourceVersion) || ++this.rv;
    this.rv = Math.max(this.rv, rv);
    object.metadata.resourceVersion = String(rv);
    const stored = new StoredObject(resource, object, rv);
    this.put(stored);
    return stored;
  }

  subscribe(listener: StoreListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** References to the objects whose ownerReferences name this uid. */
  dependentsOf(uid: string): ObjectRef[] {
    return [...(this.dependents.get(uid) ?? [])].map((key) => {
      const [resource = "", namespace = "", name = ""] = key.split("\u0000");
      return { resource, namespace, name };
    });
  }

  private write(type: StoreEventType, resource: string, object: KObject, known?: StoredObject): StoredObject {
    const ns = object.metadata.namespace ?? "";
    const name = object.metadata.name ?? "";
    const previous = known ?? this.get(resource, ns, name);
    const rv = ++this.rv;
    object.metadata.resourceVersion = String(rv);
    const stored = new StoredObject(resource, object, rv);
    if (previous) this.unindex(previous);
    if (type === "DELETED") {
      const bucket = this.bucket(resource);
      bucket.byNamespace.get(ns)?.delete(name);
      bucket.size--;
      bucket.invalidate(ns);
    } else this.put(stored, previous);
    const event: StoreEvent = { type, resource, rv, object: stored, previous };
    this.history.push(event);
    for (const listener of this.listeners) listener(event);
    return stored;
  }

  private put(stored: StoredObject, previous?: StoredObject): void {
    const bucket = this.bucket(stored.resource);
    let objects = bucket.byNamespace.get(stored.namespace);
    if (!objects) bucket.byNamespace.set(stored.namespace, (objects = new Map()));
    if (!previous && !objects.has(stored.name)) {
      bucket.size++;
      bucket.invalidate(stored.namespace);
    }
    objects.set(stored.name, stored);
    this.index(stored);
  }

  private index(stored: StoredObject): void {
    for (const ref of stored.object.metadata.ownerReferences ?? []) {
      let set = this.dependents.get(ref.uid);
      if (!set) this.dependents.set(ref.uid, (set = new Set()));
      set.add(`${stored.resource}\u0000${stored.namespace}\u0000${stored.name}`);
    }
  }

  private unindex(stored: StoredObject): void {
    for (const ref of stored.object.metadata.ownerReferences ?? []) {
      const set = this.dependents.get(ref.uid);
      set?.delete(`${stored.resource}\u0000${stored.namespace}\u0000${stored.name}`);
      if (set?.size === 0) this.dependents.delete(ref.uid);
    }
  }
}
