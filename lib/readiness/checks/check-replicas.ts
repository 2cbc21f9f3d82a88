import { fail, pass, type CheckDefinition } from "./check-types";
import { findAutoscaler } from "./find-autoscaler";

// Two pods at least, so a deploy, a node drain or one crash never takes the service down.
// With an HPA, its minReplicas is the floor that counts (it overrides spec.replicas).
export const replicasCheck: CheckDefinition = {
  id: "replicas",
  summary: "at least 2 replicas (HPA minReplicas when autoscaled)",
  readsCluster: true,
  run(input) {
    const hpa = findAutoscaler(input);
    if (hpa) {
      return hpa.minReplicas >= 2
        ? pass(`HorizontalPodAutoscaler ${hpa.name} keeps at least ${hpa.minReplicas} replicas`)
        : fail(`HorizontalPodAutoscaler ${hpa.name} may scale down to ${hpa.minReplicas} replica: one pod is a single point of failure`);
    }
    const n = input.workload.replicas;
    return n >= 2 ? pass(`${n} replicas`) : fail(`${n} replica${n === 1 ? "" : "s"}: a deploy, a node drain or one crash takes the service down`);
  },
};
