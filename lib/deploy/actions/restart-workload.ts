import "server-only";
import { ConflictError } from "@/lib/audit/door/door-errors";
import { changeCause } from "../change-cause";
import type { WorkloadRef } from "../find-workload";
import type { WorkloadInput } from "./action-input";
import { patchWorkload } from "./patch-workload";
import { kubectlName, type ActionResultDto } from "./raw-workload";

// kubectl rollout restart: a strategic merge setting the pod template's
// kubectl.kubernetes.io/restartedAt to now (RFC 3339, seconds), which rolls every pod.

export const RESTARTED_AT = "kubectl.kubernetes.io/restartedAt";

export async function restartWorkload(ref: WorkloadRef, input: WorkloadInput, by: { email: string }, now = new Date()) {
  const at = now.toISOString().replace(/\.\d{3}Z$/, "Z");
  const cause = changeCause("restart", by.email, input.reason);
  const { before, after } = await patchWorkload(ref, input.generation, (current) => {
    if (current.spec.paused) throw new ConflictError(`${ref.kind} ${ref.name} is paused: resume it before restarting (kubectl: can't restart paused deployment (run rollout resume first))`);
    if (current.spec.template.metadata?.annotations?.[RESTARTED_AT] === at) throw new ConflictError(`${ref.name} was restarted within the past second: wait before restarting it again`);
    return { type: "strategic", body: { metadata: { annotations: { "kubernetes.io/change-cause": cause } }, spec: { template: { metadata: { annotations: { [RESTARTED_AT]: at } } } } } };
  });
  const result: ActionResultDto = { cluster: ref.runtime.name, namespace: ref.namespace, service: ref.name, kind: ref.kind, message: `${kubectlName(ref.kind, ref.name)} restarted`, generation: after.metadata.generation ?? 0, changeCause: cause };
  return { result, before: { restartedAt: before.spec.template.metadata?.annotations?.[RESTARTED_AT] ?? null }, after: { restartedAt: at, changeCause: cause } };
}
