import type { CheckInput } from "./check-types";

/** The HorizontalPodAutoscaler scaling this workload, if any. */
export function findAutoscaler({ workload, autoscalers }: CheckInput) {
  return autoscalers.find((h) => h.targetKind === workload.kind && h.targetName === workload.name);
}
