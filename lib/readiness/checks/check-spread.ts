import { fail, pass, type CheckDefinition } from "./check-types";

// Replicas on one node (or one zone) fail together: ask the scheduler to spread them.
export const spreadCheck: CheckDefinition = {
  id: "spread",
  summary: "topologySpreadConstraints or podAntiAffinity spread the replicas",
  readsCluster: true,
  run({ workload }) {
    if (workload.topologySpread.length > 0) {
      const how = workload.topologySpread.map((c) => `${c.topologyKey} (maxSkew ${c.maxSkew}, ${c.whenUnsatisfiable})`);
      return pass(`topology spread over ${how.join(", ")}`);
    }
    if (workload.podAntiAffinity) return pass("podAntiAffinity keeps replicas apart");
    return fail(`no topologySpreadConstraints or podAntiAffinity: all ${workload.replicas} replicas may land on one node`);
  },
};
