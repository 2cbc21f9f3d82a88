import { fail, pass, type CheckDefinition } from "./check-types";

// progressDeadlineSeconds is how long a stuck rollout takes to be reported as failed
// (ProgressDeadlineExceeded), which is what Pier and kubectl rollout status wait for.
const TOO_LONG = 3600;

export const progressDeadlineCheck: CheckDefinition = {
  id: "progress-deadline",
  summary: "Deployments set progressDeadlineSeconds (under an hour)",
  readsCluster: true,
  run({ workload }) {
    if (workload.kind !== "Deployment") return { status: "not-applicable", reason: `${workload.kind}s have no progress deadline` };
    const seconds = workload.progressDeadlineSeconds;
    if (seconds === undefined) return fail("progressDeadlineSeconds is not set: a stuck rollout is never reported as failed");
    if (seconds >= TOO_LONG) return fail(`progressDeadlineSeconds ${seconds}: a stuck rollout is reported only after ${Math.round(seconds / 60)} minutes`);
    const note = seconds === 600 ? " (the Kubernetes default)" : "";
    return pass(`progressDeadlineSeconds ${seconds}${note}: a stuck rollout fails after ${Math.round(seconds / 60)} minutes`);
  },
};
