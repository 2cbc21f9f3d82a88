import { describe, expect, it } from "vitest";
import type { Container, Pod } from "../types/core";
import { workloadOf } from "./container-usage";
import { buildProfile, parseProfileAnnotation, peakOf, PROFILE_ANNOTATION, SHAPES, type ProfileSource } from "./profile";
import { canExceedLimit, cpuAverage, cpuCoresAt, cpuSecondsAt, leakCycleMs, memoryAt, memoryDemandAt, nextOomAt } from "./usage-model";

const MiB = 2 ** 20;
const T0 = Date.parse("2025-03-10T12:00:00Z");

function container(resources: Container["resources"], name = "app"): Container {
  return { name, image: "registry.example.com/app:1", resources };
}

const source = (over: Partial<ProfileSource> = {}): ProfileSource => ({
  namespace: "main", workload: "learn", pod: "learn-abc-12345", container: container({ requests: { cpu: "250m", memory: "512Mi" }, limits: { cpu: "1", memory: "1Gi" } }), timeScale: 1, ...over,
});

describe("usage profiles", () => {
  it("parse the annotation: a kind and optional levels, bad parts ignored", () => {
    expect(parseProfileAnnotation("leak memory=120Mi period=15m")).toEqual({ kind: "leak", memory: 120 * MiB, periodS: 900 });
    expect(parseProfileAnnotation("steady, cpu=20m,memory=90Mi")).toEqual({ kind: "steady", cpu: 0.02, memory: 90 * MiB });
    expect(parseProfileAnnotation("wobbly cpu=lots period=soon")).toEqual({});
    expect(parseProfileAnnotation(undefined)).toEqual({});
  });

  it("are deterministic per namespace, workload and container, with a per-replica phase only", () => {
    expect(buildProfile(source())).toEqual(buildProfile(source()));
    const a = buildProfile(source());
    const otherReplica = buildProfile(source({ pod: "learn-abc-67890" }));
    expect({ ...otherReplica, cpuPhase: 0, memoryPhase: 0 }).toEqual({ ...a, cpuPhase: 0, memoryPhase: 0 });
    expect(buildProfile(source({ namespace: "other" }))).not.toEqual(a);
  });

  it("default to a fraction of the requests and keep CPU under the limit", () => {
    for (let i = 0; i < 50; i++) {
      const p = buildProfile(source({ workload: `svc-${i}` }));
      expect(["steady", "spiky", "daily"]).toContain(p.kind);
      expect(p.cpu).toBeGreaterThanOrEqual(0.25 * 0.3 - 1e-9);
      expect(p.memory).toBeLessThanOrEqual(512 * MiB);
      for (let t = 0; t < 86_400_000; t += 3_600_000 + 7_000) expect(cpuCoresAt(p, T0 + t)).toBeLessThanOrEqual(0.95 + 1e-9);
    }
    const throttled = buildProfile(source({ annotations: { [PROFILE_ANNOTATION]: "spiky cpu=2" } }));
    expect(throttled.cpu * peakOf(SHAPES.spiky.cpu)).toBeCloseTo(0.95, 6);
  });

  it("apply a per-container annotation before the pod-wide one", () => {
    const annotations = { [PROFILE_ANNOTATION]: "steady", [`${PROFILE_ANNOTATION}.sidecar`]: "idle" };
    expect(buildProfile(source({ annotations })).kind).toBe("steady");
    expect(buildProfile(source({ annotations, container: container({}, "sidecar") })).kind).toBe("idle");
  });

  it("integrate CPU exactly: a window's mean equals the mean of its instants, counters only grow", () => {
    const p = buildProfile(source({ annotations: { [PROFILE_ANNOTATION]: "spiky" } }));
    for (const [from, to] of [[T0, T0 + 60_000], [T0 + 3_333, T0 + 97_777], [T0 - 86_400_000 * 3.5, T0 - 86_400_000 * 3.5 + 600_000]] as const) {
      let sum = 0;
      const steps = 20_000;
      for (let i = 0; i < steps; i++) sum += cpuCoresAt(p, from + ((i + 0.5) * (to - from)) / steps);
      expect(cpuAverage(p, from, to)).toBeCloseTo(sum / steps, 4);
    }
    let last = -Infinity;
    for (let t = T0; t < T0 + 2 * 86_400_000; t += 9_876_543) {
      const value = cpuSecondsAt(p, t);
      expect(value).toBeGreaterThan(last);
      last = value;
    }
  });

  it("follow a daily cycle: busy afternoons, quiet nights", () => {
    const p = buildProfile(source({ annotations: { [PROFILE_ANNOTATION]: "daily" } }));
    const afternoon = cpuAverage(p, Date.parse("2025-03-10T14:30:00Z"), Date.parse("2025-03-10T15:30:00Z"));
    const night = cpuAverage(p, Date.parse("2025-03-10T02:30:00Z"), Date.parse("2025-03-10T03:30:00Z"));
    expect(afternoon).toBeGreaterThan(3 * night);
  });

  it("idle barely uses CPU", () => {
    const p = buildProfile(source({ annotations: { [PROFILE_ANNOTATION]: "idle" } }));
    expect(cpuAverage(p, T0, T0 + 600_000)).toBeLessThan(0.003);
  });

  it("leak into the limit: memory grows with simulated time, is capped at the limit, and the kill comes at the cycle's end", () => {
    const p = buildProfile(source({ timeScale: 10, annotations: { [PROFILE_ANNOTATION]: "leak memory=400Mi period=20m" } }));
    expect(p.memoryLimit).toBe(1024 * MiB);
    expect(leakCycleMs(p)).toBe(120_000);
    const start = T0;
    expect(memoryAt(p, start + 60_000, start)).toBeGreaterThan(memoryAt(p, start + 1_000, start) + 200 * MiB);
    expect(memoryDemandAt(p, start + 119_000, start)).toBeGreaterThan(0.97 * 1024 * MiB);
    expect(memoryAt(p, start + 119_999, start)).toBeLessThanOrEqual(1024 * MiB);
    expect(nextOomAt(p, start, start, 3_600_000)).toBe(start + 120_000);
    expect(nextOomAt(p, start, start + 500_000, 3_600_000)).toBe(start + 500_000);
  });

  it("kill only profiles that can pass their limit", () => {
    const steady = buildProfile(source({ annotations: { [PROFILE_ANNOTATION]: "steady" } }));
    expect(canExceedLimit(steady)).toBe(false);
    expect(nextOomAt(steady, T0, T0, 3_600_000)).toBeUndefined();
    const oversized = buildProfile(source({ annotations: { [PROFILE_ANNOTATION]: "steady memory=2Gi" } }));
    expect(nextOomAt(oversized, T0, T0, 3_600_000)).toBe(T0);
    const noLimit = buildProfile(source({ container: container({ requests: { memory: "100Mi" } }), annotations: { [PROFILE_ANNOTATION]: "leak" } }));
    expect(canExceedLimit(noLimit)).toBe(false);
    expect(memoryAt(noLimit, T0 + 3_600_000, T0)).toBeGreaterThan(memoryAt(noLimit, T0, T0));
  });

  it("name the workload of a pod across rollouts", () => {
    const pod = (owner: { kind: string; name: string } | undefined, hash?: string): Pod => ({
      metadata: { name: "learn-7c9d8f-abcde", labels: hash ? { "pod-template-hash": hash } : {}, ownerReferences: owner ? [{ apiVersion: "apps/v1", uid: "u", controller: true, ...owner }] : undefined },
      spec: { containers: [] },
    });
    expect(workloadOf(pod({ kind: "ReplicaSet", name: "learn-7c9d8f" }, "7c9d8f"))).toBe("learn");
    expect(workloadOf(pod({ kind: "StatefulSet", name: "db" }))).toBe("db");
    expect(workloadOf(pod(undefined))).toBe("learn-7c9d8f-abcde");
  });
});
