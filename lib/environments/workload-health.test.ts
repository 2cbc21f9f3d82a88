import { describe, expect, it } from "vitest";
import type { ContainerState, PodRecord } from "@/lib/kube/kinds/pods";
import type { WorkloadRecord } from "@/lib/kube/kinds/workloads";
import { podProblem, podStatusText, rolloutStatus, worstProblem } from "./workload-health";

const meta = { namespace: "ns", uid: "u", resourceVersion: "1", createdAt: "2026-01-01T00:00:00Z", labels: {}, annotations: {}, deleting: false };

function deployment(spec: Partial<WorkloadRecord>, status: Partial<WorkloadRecord["status"]>): WorkloadRecord {
  return {
    ...meta, name: "learn", kind: "Deployment", generation: 2, replicas: 3, paused: false, strategy: "RollingUpdate", containers: [],
    selector: null, podLabels: {}, podAntiAffinity: false, topologySpread: [],
    ...spec,
    status: { observedGeneration: 2, replicas: 3, updatedReplicas: 3, readyReplicas: 3, availableReplicas: 3, conditions: [], ...status },
  };
}

function pod(containers: Array<Partial<ContainerState>>, extra: Partial<PodRecord> = {}): PodRecord {
  return {
    ...meta, name: "p", phase: "Running", ready: true, requests: { cpuMilli: 0, memoryBytes: 0 },
    containers: containers.map((c) => ({ name: "c", image: "i", ready: true, restartCount: 0, state: "running", ...c })),
    ...extra,
  };
}

describe("rolloutStatus (kubectl rollout status)", () => {
  it("is complete when every replica is updated and available", () => {
    expect(rolloutStatus(deployment({}, {}))).toEqual({ state: "complete", message: 'deployment "learn" successfully rolled out' });
  });
  it("waits for the controller to observe a new generation", () => {
    expect(rolloutStatus(deployment({ generation: 3 }, {})).message).toBe("Waiting for deployment spec update to be observed...");
  });
  it("reports updated, old and unavailable replicas in kubectl's order", () => {
    expect(rolloutStatus(deployment({}, { updatedReplicas: 1 })).message).toContain("1 out of 3 new replicas have been updated");
    expect(rolloutStatus(deployment({}, { replicas: 4 })).message).toContain("1 old replicas are pending termination");
    expect(rolloutStatus(deployment({}, { availableReplicas: 2 })).message).toContain("2 of 3 updated replicas are available");
  });
  it("fails on ProgressDeadlineExceeded, even with replicas missing", () => {
    const d = deployment({}, { updatedReplicas: 1, conditions: [{ type: "Progressing", status: "False", reason: "ProgressDeadlineExceeded" }] });
    expect(rolloutStatus(d)).toEqual({ state: "failed", message: 'deployment "learn" exceeded its progress deadline' });
  });
  it("says paused for a paused Deployment", () => {
    expect(rolloutStatus(deployment({ paused: true }, { updatedReplicas: 0 })).state).toBe("paused");
  });
  it("follows the StatefulSet rules: ready pods, partitions, revisions", () => {
    const ss = (spec: Partial<WorkloadRecord>, status: Partial<WorkloadRecord["status"]>) => deployment({ kind: "StatefulSet", ...spec }, { currentRevision: "r1", updateRevision: "r1", ...status });
    expect(rolloutStatus(ss({}, { readyReplicas: 1 })).message).toBe("Waiting for 2 pods to be ready...");
    expect(rolloutStatus(ss({ partition: 2 }, { updatedReplicas: 0 })).state).toBe("progressing");
    expect(rolloutStatus(ss({ partition: 2 }, { updatedReplicas: 1 })).message).toContain("partitioned roll out complete");
    expect(rolloutStatus(ss({}, { updateRevision: "r2" })).state).toBe("progressing");
    expect(rolloutStatus(ss({}, {})).state).toBe("complete");
    expect(rolloutStatus(ss({ strategy: "OnDelete" }, { readyReplicas: 0 })).state).toBe("complete");
  });
});

describe("pod problems", () => {
  it("tells crash loops, OOM kills, pull failures and pending pods apart", () => {
    expect(podProblem(pod([{ state: "waiting", reason: "CrashLoopBackOff", lastTermination: { reason: "Error", exitCode: 1 } }]))).toBe("CrashLoopBackOff");
    expect(podProblem(pod([{ state: "waiting", reason: "CrashLoopBackOff", lastTermination: { reason: "OOMKilled", exitCode: 137 } }]))).toBe("OOMKilled");
    expect(podProblem(pod([{ state: "terminated", reason: "OOMKilled" }]))).toBe("OOMKilled");
    expect(podProblem(pod([{ state: "waiting", reason: "ErrImagePull" }], { phase: "Pending" }))).toBe("ImagePullBackOff");
    expect(podProblem(pod([{ state: "waiting", reason: "ContainerCreating" }], { phase: "Pending" }))).toBe("Pending");
    expect(podProblem(pod([{}]))).toBeUndefined();
    expect(podProblem(pod([{ state: "waiting", reason: "ContainerCreating" }], { phase: "Pending", deleting: true }))).toBeUndefined();
  });
  it("ranks the worst problem first and counts its pods", () => {
    const pods = [
      pod([{ state: "waiting", reason: "ImagePullBackOff" }], { phase: "Pending" }),
      pod([{ state: "waiting", reason: "CrashLoopBackOff" }]),
      pod([{ state: "waiting", reason: "CrashLoopBackOff" }]),
      pod([{}]),
    ];
    expect(worstProblem(pods)).toEqual({ reason: "CrashLoopBackOff", pods: 2 });
    expect(worstProblem([pod([{}])])).toBeUndefined();
  });
});

describe("podStatusText (kubectl get pods STATUS)", () => {
  it("prefers container reasons, then the phase", () => {
    expect(podStatusText(pod([{}]))).toBe("Running");
    expect(podStatusText(pod([{ state: "waiting", reason: "CrashLoopBackOff" }]))).toBe("CrashLoopBackOff");
    expect(podStatusText(pod([{ state: "terminated", reason: "Completed" }], { phase: "Succeeded" }))).toBe("Completed");
    expect(podStatusText(pod([{}], { deleting: true }))).toBe("Terminating");
    expect(podStatusText(pod([{ state: "waiting" }], { phase: "Pending", reason: "Unschedulable" }))).toBe("Pending");
    expect(podStatusText(pod([{ state: "terminated", reason: "Error" }], { phase: "Failed", reason: "Evicted" }))).toBe("Error");
  });
});
