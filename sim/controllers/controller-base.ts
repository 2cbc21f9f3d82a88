// Wiring shared by the controllers: a queue, store subscriptions that map events to keys, and
// writes that tolerate objects vanishing in between (as real controllers retry and move on).
import type { ClusterContext } from "../cluster/context";
import { createObject } from "../registry/create-object";
import { deleteObject, type DeleteOptions } from "../registry/delete-object";
import { updateObject } from "../registry/update-object";
import type { StoreEvent, StoredObject } from "../store/stored-object";
import type { KObject } from "../types/meta";
import type { EventRecorder } from "./event-recorder";
import { WorkQueue } from "./work-queue";

export abstract class Controller {
  protected readonly queue: WorkQueue;
  private unsubscribe = () => {};

  constructor(
    protected readonly ctx: ClusterContext,
    protected readonly events: EventRecorder,
    readonly name: string,
  ) {
    this.queue = new WorkQueue(name, ctx.clock, (key) => this.reconcile(key));
  }

  /** Keys to reconcile for a store event (empty for events this controller ignores). */
  protected abstract keysFor(event: StoreEvent): string[];
  protected abstract reconcile(key: string): void;
  /** Resource whose existing objects are queued at start. */
  protected abstract readonly primary: string | undefined;

  start(): void {
    this.unsubscribe = this.ctx.store.subscribe((event) => {
      for (const key of this.keysFor(event)) this.queue.add(key);
    });
    if (this.primary) for (const stored of this.ctx.store.list(this.primary)) this.queue.add(keyOf(stored));
  }

  stop(): void {
    this.unsubscribe();
    this.queue.stop();
  }

  protected get<T extends KObject>(resource: string, namespace: string, name: string): T | undefined {
    return this.ctx.store.get(resource, namespace, name)?.object as T | undefined;
  }

  protected create(resource: string, obj: KObject): StoredObject | undefined {
    try {
      return createObject(this.ctx, this.ctx.resources.get(resource), obj, { skipValidation: true });
    } catch {
      return undefined;
    }
  }

  protected update(resource: string, obj: KObject, status = false): KObject | undefined {
    try {
      return updateObject(this.ctx, this.ctx.resources.get(resource), obj.metadata.namespace ?? "", obj.metadata.name ?? "", obj, { skipValidation: true, subresource: status ? "status" : undefined }).object;
    } catch {
      return undefined;
    }
  }

  protected remove(resource: string, namespace: string, name: string, opts?: DeleteOptions): void {
    try {
      deleteObject(this.ctx, this.ctx.resources.get(resource), namespace, name, opts);
    } catch {
      // Already gone.
    }
  }
}

export function keyOf(stored: StoredObject): string {
  return stored.namespace ? `${stored.namespace}/${stored.name}` : stored.name;
}

/** The key of an event's object's controller of the given kind, if any. */
export function ownerKey(event: StoreEvent, kind: string): string[] {
  const obj = event.object.object;
  const ref = obj.metadata.ownerReferences?.find((r) => r.controller && r.kind === kind);
  return ref ? [`${obj.metadata.namespace}/${ref.name}`] : [];
}
