import "server-only";
import { z } from "zod";
import { InvalidInputError } from "@/lib/audit/door/door-errors";
import type { WorkloadRef } from "../find-workload";
import { workloadInput } from "./action-input";
import { patchWorkload } from "./patch-workload";
import { kubectlName, type ActionResultDto } from "./raw-workload";

// kubectl scale: a merge patch on the /scale subresource. A HorizontalPodAutoscaler owns the
// replicas of what it targets: outside its range it would undo the change at once, so that is
// refused (change the HPA instead); inside it, the answer warns that it may move them.

export const scaleInput = workloadInput.extend({ replicas: z.coerce.number().int().min(0).max(100) });
export type ScaleInput = z.output<typeof scaleInput>;

interface Autoscaler {
  metadata: { name: string };
  spec: { scaleTargetRef: { kind: string; name: string }; minReplicas?: number; maxReplicas: number };
}

async function findAutoscaler(ref: WorkloadRef): Promise<Autoscaler | undefined> {
  const list = await ref.runtime.connection.getJson<{ items: Autoscaler[] }>(`/apis/autoscaling/v2/namespaces/${ref.namespace}/horizontalpodautoscalers`).catch(() => ({ items: [] }));
  return list.items.find((h) => h.spec.scaleTargetRef.kind === ref.kind && h.spec.scaleTargetRef.name === ref.name);
}

export async function scaleWorkload(ref: WorkloadRef, input: ScaleInput) {
  const hpa = await findAutoscaler(ref);
  const range = hpa ? { min: hpa.spec.minReplicas ?? 1, max: hpa.spec.maxReplicas } : undefined;
  if (hpa && range && (input.replicas < range.min || input.replicas > range.max)) {
    throw new InvalidInputError("replicas", `${ref.name} is scaled by HorizontalPodAutoscaler ${hpa.metadata.name} between ${range.min} and ${range.max} replicas, which would undo ${input.replicas}: change the autoscaler instead`);
  }
  let from = 0;
  const { after } = await patchWorkload(ref, input.generation, (current) => {
    from = current.spec.replicas ?? 1;
    if (from === input.replicas) throw new InvalidInputError("replicas", `nothing to change: ${ref.name} already has ${from} replicas`);
    return { type: "merge", subresource: "scale", body: { spec: { replicas: input.replicas } } };
  });
  const result: ActionResultDto = {
    cluster: ref.runtime.name,
    namespace: ref.namespace,
    service: ref.name,
    kind: ref.kind,
    message: `${kubectlName(ref.kind, ref.name)} scaled`,
    generation: after.metadata.generation ?? 0,
    warning: hpa && range ? `HorizontalPodAutoscaler ${hpa.metadata.name} may move it anywhere between ${range.min} and ${range.max}` : undefined,
  };
  return { result, before: { replicas: from }, after: { replicas: input.replicas } };
}
