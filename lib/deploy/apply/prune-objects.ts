import { LABEL_MANAGED_BY, LABEL_SEED_JOB, MANAGED_BY_PIER } from "@/lib/conventions/branch-environments";
import { kubeErrorStatus, type KubeConnection } from "@/lib/kube/kube-connection";
import { APPLIED_KINDS, groupOf, type ObjectType } from "./applied-kinds";
import type { KubeObject } from "./kube-object";
import { namespacedCollectionPath } from "./resource-paths";

// Prune, like `kubectl apply --prune -l pier.dev/managed-by=pier`: once a deploy has applied a
// commit's objects, what an earlier deploy applied into the same namespace and the commit no
// longer has is deleted. Only objects with Pier's label, only in that namespace, only namespaced
// kinds (never the Namespace), never a seed run's Jobs. Dependents go too (Background: a
// Deployment's ReplicaSets and pods). A failed delete is reported, not thrown: the apply stands.

export interface PrunedObject {
  kind: string;
  name: string;
}

export interface PruneFailure {
  kind: string;
  /** Absent when the kind itself could not be listed. */
  name?: string;
  message: string;
}

export interface PruneResult {
  pruned: PrunedObject[];
  failures: PruneFailure[];
}

/** What deploys may prune: Pier's label, and not a seed run's Job. */
export const PRUNE_SELECTOR = `${LABEL_MANAGED_BY}=${MANAGED_BY_PIER},!${LABEL_SEED_JOB}`;

type Listed = { metadata: { name: string; labels?: Record<string, string>; deletionTimestamp?: string } };

const identity = (type: ObjectType, name: string) => `${groupOf(type.apiVersion)}/${type.kind}/${name}`;

/** The kinds services' manifests hold plus any other kind just applied, one version per group and kind, dependents before what they use. */
function typesToList(applied: KubeObject[]): ObjectType[] {
  const byGroupKind = new Map<string, ObjectType>();
  for (const { apiVersion, kind } of [...APPLIED_KINDS, ...applied]) {
    const key = `${groupOf(apiVersion)}/${kind}`;
    if (kind !== "Namespace" && !byGroupKind.has(key)) byGroupKind.set(key, { apiVersion, kind });
  }
  return [...byGroupKind.values()].reverse();
}

/** The objects of one type that Pier applied earlier and this deploy did not; null when the cluster does not serve the type. */
async function leftovers(connection: KubeConnection, namespace: string, type: ObjectType, kept: Set<string>): Promise<{ collection: string; names: string[] } | null> {
  const collection = await namespacedCollectionPath(connection, type, namespace);
  if (!collection) return null;
  const list = await connection.getJson<{ items: Listed[] }>(`${collection}?labelSelector=${encodeURIComponent(PRUNE_SELECTOR)}`);
  const names = list.items
    .filter(({ metadata }) => metadata.labels?.[LABEL_MANAGED_BY] === MANAGED_BY_PIER && metadata.labels[LABEL_SEED_JOB] === undefined)
    .filter(({ metadata }) => !metadata.deletionTimestamp && !kept.has(identity(type, metadata.name)))
    .map(({ metadata }) => metadata.name);
  return { collection, names };
}

async function deleteOne(connection: KubeConnection, path: string): Promise<"deleted" | "gone"> {
  try {
    await connection.send("DELETE", path, { apiVersion: "v1", kind: "DeleteOptions", propagationPolicy: "Background" });
    return "deleted";
  } catch (error) {
    if (kubeErrorStatus(error) === 404) return "gone"; // deleted meanwhile: nothing left to prune
    throw error;
  }
}

/** Deletes Pier's objects in `namespace` that are not among `applied` (the objects this deploy applied). */
export async function pruneObjects(connection: KubeConnection, namespace: string, applied: KubeObject[]): Promise<PruneResult> {
  const kept = new Set(applied.map((o) => identity(o, o.metadata.name)));
  const types = typesToList(applied);
  const found = await Promise.allSettled(types.map((type) => leftovers(connection, namespace, type, kept)));
  const result: PruneResult = { pruned: [], failures: [] };
  for (const [i, type] of types.entries()) {
    const listing = found[i]!;
    if (listing.status === "rejected") {
      result.failures.push({ kind: type.kind, message: `could not list ${type.kind} to prune: ${(listing.reason as Error).message}` });
      continue;
    }
    if (!listing.value) continue;
    const { collection, names } = listing.value;
    const deletes = await Promise.allSettled(names.map((name) => deleteOne(connection, `${collection}/${encodeURIComponent(name)}`)));
    for (const [j, name] of names.entries()) {
      const outcome = deletes[j]!;
      if (outcome.status === "rejected") result.failures.push({ kind: type.kind, name, message: `could not delete ${type.kind} ${name}: ${(outcome.reason as Error).message}` });
      else if (outcome.value === "deleted") result.pruned.push({ kind: type.kind, name });
    }
  }
  return result;
}
