import "server-only";
import { ConflictError } from "@/lib/audit/door/door-errors";
import { kubeErrorStatus } from "@/lib/kube/kube-connection";
import { readObject, type WorkloadRef } from "../find-workload";
import type { RawWorkload } from "./raw-workload";

// Every action's write, safe against two people acting at once: the patch carries the
// resourceVersion it was computed from (the API server answers 409 if anything wrote since).
// On a 409 Pier reads again: if only the status moved (controllers write it all the time) it
// recomputes and retries; if the spec moved (generation), someone else acted: a clear 409.
// `seenGeneration` extends the check to what the person saw on the page.

export type Patch =
  | { type: "strategic" | "merge"; body: Record<string, unknown>; subresource?: "scale" }
  | { type: "json"; body: Array<Record<string, unknown>> };

const contentTypes = { strategic: "application/strategic-merge-patch+json", merge: "application/merge-patch+json", json: "application/json-patch+json" };
const TRIES = 4;

function withPrecondition(patch: Patch, resourceVersion: string): unknown {
  if (patch.type === "json") return [{ op: "replace", path: "/metadata/resourceVersion", value: resourceVersion }, ...patch.body];
  const metadata = { ...(patch.body.metadata as object | undefined), resourceVersion };
  return { ...patch.body, metadata };
}

function changedUnderfoot(ref: WorkloadRef, generation: number | undefined): ConflictError {
  return new ConflictError(`${ref.kind} ${ref.name} was changed by someone else at the same time (now at generation ${generation ?? "?"}): reload, look at what changed, then decide`);
}

export async function patchWorkload(ref: WorkloadRef, seenGeneration: number | undefined, build: (current: RawWorkload) => Patch): Promise<{ before: RawWorkload; after: RawWorkload }> {
  let current = await readObject<RawWorkload>(ref);
  if (seenGeneration !== undefined && current.metadata.generation !== seenGeneration) {
    throw new ConflictError(`${ref.kind} ${ref.name} changed since you loaded it (generation ${current.metadata.generation}, you saw ${seenGeneration}): reload and try again`);
  }
  const generation = current.metadata.generation;
  for (let attempt = 1; ; attempt++) {
    const patch = build(current);
    const path = patch.type !== "json" && patch.subresource ? `${ref.path}/${patch.subresource}` : ref.path;
    try {
      const { body } = await ref.runtime.connection.send<RawWorkload>("PATCH", `${path}?fieldManager=pier`, withPrecondition(patch, current.metadata.resourceVersion), { contentType: contentTypes[patch.type] });
      // A subresource answers its own view (a Scale): read the workload itself.
      return { before: current, after: path === ref.path ? body : await readObject<RawWorkload>(ref) };
    } catch (error) {
      if (kubeErrorStatus(error) !== 409) throw error;
      current = await readObject<RawWorkload>(ref);
      if (current.metadata.generation !== generation || attempt >= TRIES) throw changedUnderfoot(ref, current.metadata.generation);
    }
  }
}
