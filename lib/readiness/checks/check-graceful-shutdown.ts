import { fail, pass, type CheckDefinition } from "./check-types";

// Kubernetes removes a terminating pod from its Service while sending SIGTERM; without a
// preStop pause requests still in flight (or still routed) fail. A grace period chosen on
// purpose (anything but the default 30 s) counts too: the team thought about shutdown.
const DEFAULT_GRACE = 30;

export const gracefulShutdownCheck: CheckDefinition = {
  id: "graceful-shutdown",
  summary: "a preStop hook on serving containers, or terminationGracePeriodSeconds chosen on purpose",
  readsCluster: true,
  run({ workload }) {
    const grace = workload.terminationGracePeriodSeconds;
    if (grace === 0) return fail("terminationGracePeriodSeconds 0: pods are killed without a chance to finish requests");
    const serving = workload.containers.filter((c) => c.ports.length > 0);
    const mustHook = serving.length ? serving : workload.containers;
    const missing = mustHook.filter((c) => !c.preStop).map((c) => c.name);
    if (missing.length === 0) return pass(`preStop hook on ${mustHook.map((c) => c.name).join(", ")}; grace period ${grace ?? DEFAULT_GRACE} s`);
    if (grace !== undefined && grace !== DEFAULT_GRACE) return pass(`terminationGracePeriodSeconds ${grace} s (no preStop hook on ${missing.join(", ")})`);
    return fail(`no preStop hook on ${missing.join(", ")} and terminationGracePeriodSeconds is the default ${DEFAULT_GRACE} s: in-flight requests fail on every deploy`);
  },
};
