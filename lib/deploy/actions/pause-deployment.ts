import "server-only";
import { InvalidInputError } from "@/lib/audit/door/door-errors";
import { requireDeployment, type WorkloadRef } from "../find-workload";
import type { WorkloadInput } from "./action-input";
import { patchWorkload } from "./patch-workload";
import { kubectlName, type ActionResultDto } from "./raw-workload";

// kubectl rollout pause / resume: spec.paused. While paused, template changes pile up and roll
// out together on resume. Refused, like kubectl, when it is already so.

export async function setPaused(ref: WorkloadRef, input: WorkloadInput, paused: boolean) {
  requireDeployment(ref, paused ? "paused" : "resumed");
  const { after } = await patchWorkload(ref, input.generation, (current) => {
    if ((current.spec.paused ?? false) === paused) throw new InvalidInputError("service", `nothing to change: ${kubectlName(ref.kind, ref.name)} is ${paused ? "already paused" : "not paused"}`);
    return { type: "strategic", body: { spec: { paused } } };
  });
  const result: ActionResultDto = { cluster: ref.runtime.name, namespace: ref.namespace, service: ref.name, kind: ref.kind, message: `${kubectlName(ref.kind, ref.name)} ${paused ? "paused" : "resumed"}`, generation: after.metadata.generation ?? 0 };
  return { result, before: { paused: !paused }, after: { paused } };
}
