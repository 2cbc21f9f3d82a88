// What one watch cache keeps: which API list it mirrors and how an object is cut down to the
// few fields Pier reads (no Secret data, no env values, no managedFields), before it is stored.

export type RawObject = {
  metadata?: { name?: string; namespace?: string; resourceVersion?: string; [key: string]: unknown };
  [key: string]: unknown;
};

export interface CachedObject {
  namespace: string;
  name: string;
  resourceVersion: string;
}

export interface CacheKind<T extends CachedObject> {
  /** Resource name for messages ("pods"). */
  resource: string;
  /** Cluster-wide list path ("/api/v1/pods"). */
  listPath: string;
  fieldSelector?: string;
  project(raw: RawObject): T;
  /** The namespace a change belongs to, for live updates (a Namespace object's own name). */
  changedNamespace?(object: T): string;
  /** Bounded retention (events): keep at most this many per namespace, dropping the lowest `order`. */
  retainPerNamespace?: { limit: number; order(object: T): string };
}
