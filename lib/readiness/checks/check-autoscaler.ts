import { fail, pass, type CheckDefinition } from "./check-types";
import { findAutoscaler } from "./find-autoscaler";

// An HPA that can actually scale and never down to one pod. No HPA is fine (replicas are fixed
// and the replicas check covers them): not applicable.
export const autoscalerCheck: CheckDefinition = {
  id: "autoscaler",
  summary: "an HPA, if any, has minReplicas >= 2 and maxReplicas > minReplicas",
  readsCluster: true,
  run(input) {
    const hpa = findAutoscaler(input);
    if (!hpa) return { status: "not-applicable", reason: `no HorizontalPodAutoscaler: replicas fixed at ${input.workload.replicas}` };
    const metrics = hpa.metrics.map((m) => (m.type === "Resource" ? (m.resource ?? "resource") : m.type));
    const on = metrics.length ? ` on ${metrics.join(", ")}` : "";
    const problems: string[] = [];
    if (hpa.minReplicas < 2) problems.push(`minReplicas ${hpa.minReplicas} (at least 2)`);
    if (hpa.maxReplicas <= hpa.minReplicas) problems.push(`maxReplicas ${hpa.maxReplicas} is not above minReplicas ${hpa.minReplicas}: it can never scale up`);
    return problems.length ? fail(`HorizontalPodAutoscaler ${hpa.name}: ${problems.join("; ")}`) : pass(`HorizontalPodAutoscaler ${hpa.name} scales ${hpa.minReplicas}–${hpa.maxReplicas} replicas${on}`);
  },
};
