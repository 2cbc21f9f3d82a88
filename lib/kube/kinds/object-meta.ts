import type { RawObject } from "../watch-cache/cache-kind";

// The metadata Pier keeps of every object. Annotations are cut to an allowlist: others can be
// large (last-applied-configuration) and carry env values.

export interface ObjectMeta {
  namespace: string;
  name: string;
  uid: string;
  resourceVersion: string;
  createdAt: string;
  labels: Record<string, string>;
  annotations: Record<string, string>;
  /** The controller owner (ownerReferences with controller: true). */
  owner?: { kind: string; name: string };
  /** deletionTimestamp is set: the object is going away (Terminating). */
  deleting: boolean;
}

const keptAnnotations = new Set(["deployment.kubernetes.io/revision", "kubernetes.io/change-cause", "kubectl.kubernetes.io/restartedAt"]);

type RawMeta = {
  name?: string;
  namespace?: string;
  uid?: string;
  resourceVersion?: string;
  creationTimestamp?: string;
  deletionTimestamp?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  ownerReferences?: Array<{ kind?: string; name?: string; controller?: boolean }>;
};

export function projectMeta(raw: RawObject): ObjectMeta {
  const meta = (raw.metadata ?? {}) as RawMeta;
  const annotations: Record<string, string> = {};
  for (const [key, value] of Object.entries(meta.annotations ?? {})) {
    if (key.startsWith("pier.dev/") || keptAnnotations.has(key)) annotations[key] = value;
  }
  const owner = meta.ownerReferences?.find((ref) => ref.controller);
  return {
    namespace: meta.namespace ?? "",
    name: meta.name ?? "",
    uid: meta.uid ?? "",
    resourceVersion: meta.resourceVersion ?? "",
    createdAt: meta.creationTimestamp ?? "",
    labels: meta.labels ?? {},
    annotations,
    owner: owner?.kind && owner.name ? { kind: owner.kind, name: owner.name } : undefined,
    deleting: Boolean(meta.deletionTimestamp),
  };
}

/** Reads a nested field of a raw object without trusting its shape. */
export function field<T>(value: unknown, ...path: Array<string | number>): T | undefined {
  let current: unknown = value;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current as T | undefined;
}

/** A map of strings (labels, requests, quota figures) without trusting its shape; values stringified. */
export function stringMap(raw: unknown): Record<string, string> {
  if (!raw || typeof raw !== "object") return {};
  return Object.fromEntries(Object.entries(raw as Record<string, unknown>).map(([k, v]) => [k, String(v)]));
}

/** `map`, or an equal map this object already keeps (pod template labels often repeat the object's own): stored once. */
export function keptOnce(map: Record<string, string>, ...kept: Array<Record<string, string> | undefined>): Record<string, string> {
  const keys = Object.keys(map);
  const same = (other: Record<string, string>) => Object.keys(other).length === keys.length && keys.every((k) => other[k] === map[k]);
  return kept.find((other) => other && same(other)) ?? map;
}
