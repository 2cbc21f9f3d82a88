import { containersLacking, fail, pass, type CheckDefinition } from "./check-types";

// Requests make scheduling honest; limits keep one service from starving its neighbours.
const needed: Array<[kind: "requests" | "limits", resource: "cpu" | "memory", label: string]> = [
  ["requests", "cpu", "CPU request"],
  ["requests", "memory", "memory request"],
  ["limits", "cpu", "CPU limit"],
  ["limits", "memory", "memory limit"],
];

export const resourcesCheck: CheckDefinition = {
  id: "resources",
  summary: "every container sets CPU and memory requests and limits",
  readsCluster: true,
  run({ workload }) {
    const total = workload.containers.length;
    const problems = needed.flatMap(([kind, resource, label]) => {
      const lacking = workload.containers.filter((c) => !c[kind][resource]).map((c) => c.name);
      return lacking.length ? [containersLacking(label, lacking, total)] : [];
    });
    if (problems.length) return fail(problems.join("; "));
    const summary = workload.containers.map((c) => `${c.name} ${c.requests.cpu}/${c.requests.memory} requested, ${c.limits.cpu}/${c.limits.memory} limit`);
    return pass(summary.join("; "));
  },
};
