import { InvalidInputError } from "@/lib/audit/door/door-errors";
import { kubeErrorStatus, type KubeConnection } from "@/lib/kube/kube-connection";
import { APPLIED_KINDS } from "./applied-kinds";
import type { KubeObject, SourcedObject } from "./kube-object";
import { objectPath } from "./resource-paths";

// Server-side apply with Pier's field manager, like `kubectl apply --server-side
// --force-conflicts --field-manager=pier`: the manifests are the truth, so Pier takes over
// fields another manager set. Objects go in dependency order (config before workloads), each
// group a few at a time.

export const FIELD_MANAGER = "pier";
const PARALLEL = 6;

const ORDER = APPLIED_KINDS.map((t) => t.kind);
const rank = (kind: string) => (ORDER.includes(kind) ? ORDER.indexOf(kind) : ORDER.length);

export interface AppliedObject {
  service: string;
  kind: string;
  name: string;
  /** "created" (201) or "configured" (200; may be unchanged). */
  result: "created" | "configured";
}

/** Applies one object into `namespace`; answers the API server's status and object. */
export async function applyObject(connection: KubeConnection, namespace: string, object: KubeObject): Promise<{ status: number; body: KubeObject }> {
  const path = await objectPath(connection, object, namespace, object.metadata.name);
  return connection.send<KubeObject>("PATCH", `${path}?fieldManager=${FIELD_MANAGER}&force=true`, object, { contentType: "application/apply-patch+yaml" });
}

async function applyOne(connection: KubeConnection, namespace: string, item: SourcedObject): Promise<AppliedObject> {
  try {
    const { status } = await applyObject(connection, namespace, item.object);
    return { service: item.service, kind: item.object.kind, name: item.object.metadata.name, result: status === 201 ? "created" : "configured" };
  } catch (error) {
    // The cluster refusing a manifest (invalid field, unknown kind) is the manifest's problem: 422 naming the file.
    const status = kubeErrorStatus(error);
    if (status === 422 || status === 400) throw new InvalidInputError("commit", `${item.path}: ${item.object.kind} ${item.object.metadata.name}: ${(error as Error).message}`);
    if (error instanceof Error && /does not serve/.test(error.message)) throw new InvalidInputError("commit", `${item.path}: ${error.message}`);
    throw error;
  }
}

export async function applyObjects(connection: KubeConnection, namespace: string, items: SourcedObject[]): Promise<AppliedObject[]> {
  const groups = new Map<number, SourcedObject[]>();
  for (const item of items) groups.set(rank(item.object.kind), [...(groups.get(rank(item.object.kind)) ?? []), item]);
  const applied: AppliedObject[] = [];
  for (const key of [...groups.keys()].sort((a, b) => a - b)) {
    const group = groups.get(key)!;
    for (let i = 0; i < group.length; i += PARALLEL) {
      applied.push(...(await Promise.all(group.slice(i, i + PARALLEL).map((item) => applyOne(connection, namespace, item)))));
    }
  }
  return applied;
}
