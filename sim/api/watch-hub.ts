// Fans store events out to open watch streams. An object that starts or stops matching a
// watch's selectors is reported as ADDED or DELETED, as the apiserver's watch cache does.
import type { Store } from "../store/store";
import type { StoreEvent, StoredObject } from "../store/stored-object";
import { matches, type ObjectFilter } from "./list-options";

export type WatchEventType = "ADDED" | "MODIFIED" | "DELETED";

export interface Watcher {
  resource: string;
  namespace?: string;
  filter: ObjectFilter;
  send(type: WatchEventType, object: StoredObject): void;
  close(): void;
}

/** What a watcher sees of one store event, or undefined if nothing. */
export function translate(event: StoreEvent, watcher: Pick<Watcher, "namespace" | "filter">): WatchEventType | undefined {
  if (watcher.namespace !== undefined && event.object.namespace !== watcher.namespace) return undefined;
  const now = event.type !== "DELETED" && matches(watcher.filter, event.object);
  const before = event.previous ? matches(watcher.filter, event.previous) : false;
  switch (event.type) {
    case "ADDED":
      return now ? "ADDED" : undefined;
    case "MODIFIED":
      if (now) return before ? "MODIFIED" : "ADDED";
      return before ? "DELETED" : undefined;
    case "DELETED":
      return before || matches(watcher.filter, event.object) ? "DELETED" : undefined;
  }
}

export class WatchHub {
  private byResource = new Map<string, Set<Watcher>>();

  constructor(store: Store) {
    store.subscribe((event) => this.dispatch(event));
  }

  add(watcher: Watcher): () => void {
    let set = this.byResource.get(watcher.resource);
    if (!set) this.byResource.set(watcher.resource, (set = new Set()));
    set.add(watcher);
    return () => set.delete(watcher);
  }

  count(): number {
    let n = 0;
    for (const set of this.byResource.values()) n += set.size;
    return n;
  }

  /** Ends every stream (cluster stop, or tests simulating a dropped connection). */
  closeAll(): void {
    for (const set of this.byResource.values()) for (const watcher of [...set]) watcher.close();
  }

  private dispatch(event: StoreEvent): void {
    const watchers = this.byResource.get(event.resource);
    if (!watchers) return;
    for (const watcher of watchers) {
      const type = translate(event, watcher);
      if (type) watcher.send(type, event.object);
    }
  }
}
