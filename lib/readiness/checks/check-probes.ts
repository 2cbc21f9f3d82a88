import { containersLacking, fail, pass, type CheckDefinition } from "./check-types";

// Readiness keeps traffic off pods that cannot serve; liveness restarts pods that hang.
export const probesCheck: CheckDefinition = {
  id: "probes",
  summary: "every container has a readiness and a liveness probe",
  readsCluster: true,
  run({ workload }) {
    const total = workload.containers.length;
    const noReadiness = workload.containers.filter((c) => !c.readinessProbe).map((c) => c.name);
    const noLiveness = workload.containers.filter((c) => !c.livenessProbe).map((c) => c.name);
    const problems = [
      ...(noReadiness.length ? [containersLacking("readiness probe", noReadiness, total)] : []),
      ...(noLiveness.length ? [containersLacking("liveness probe", noLiveness, total)] : []),
    ];
    if (problems.length) return fail(problems.join("; "));
    return pass(total === 1 ? "readiness and liveness probes set" : `readiness and liveness probes on all ${total} containers`);
  },
};
