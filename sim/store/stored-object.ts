// One version of one object. Objects in the store are never mutated; a write stores a new
// version. The JSON text is computed once per version and reused by every list, get and
// watch event that serves it (the main cost at 12,000 pods).
import type { KObject } from "../types/meta";

export class StoredObject {
  private text: string | undefined;

  constructor(
    readonly resource: string,
    readonly object: KObject,
    readonly rv: number,
  ) {}

  get namespace(): string {
    return this.object.metadata.namespace ?? "";
  }

  get name(): string {
    return this.object.metadata.name ?? "";
  }

  json(): string {
    this.text ??= JSON.stringify(this.object);
    return this.text;
  }

  /** A private, mutable copy for a write. */
  copy<T extends KObject = KObject>(): T {
    return JSON.parse(this.json()) as T;
  }
}

export type StoreEventType = "ADDED" | "MODIFIED" | "DELETED";

export interface StoreEvent {
  type: StoreEventType;
  resource: string;
  rv: number;
  object: StoredObject;
  /** The version before a MODIFIED or DELETED event (selector transitions need it). */
  previous?: StoredObject;
}
