import { describe, expect, it } from "vitest";
import { containerFlags, figuresOf, riskOf } from "./container-flags";

const MiB = 2 ** 20;
const now = Date.UTC(2026, 10, 27, 12, 0);
const ids = (flags: Array<{ id: string }>) => flags.map((f) => f.id);

describe("container flags", () => {
  it("over-provisioned (billing): waste, explained with the numbers, from history when there is one", () => {
    const input = { cpu: figuresOf(30, 500, 2000), memory: figuresOf(210 * MiB, 1024 * MiB, 4096 * MiB), restarts: 0, nowMs: now };
    expect(ids(containerFlags(input))).toEqual(["cpu-waste", "memory-waste"]);
    const flags = containerFlags({ ...input, history: { cpuP95: 35, memoryPeak: 220 * MiB, days: 14 } });
    expect(flags.map((f) => f.explanation)).toEqual([
      "p95 usage 35m over 14 days is 7 % of the 500m request: 465m reserved for nothing",
      "peak usage 220 MiB over 14 days is 21 % of the 1 GiB request: 804 MiB reserved for nothing",
    ]);
  });

  it("tight (video-payment): bursting and near both limits", () => {
    const flags = containerFlags({ cpu: figuresOf(190, 100, 200), memory: figuresOf(185 * MiB, 128 * MiB, 192 * MiB), restarts: 0, nowMs: now });
    expect(ids(flags)).toEqual(["cpu-above-request", "cpu-near-limit", "memory-above-request", "memory-near-limit"]);
    expect(flags[1]!.explanation).toBe("uses 190m of its 200m limit (95 %): throttled, requests slow down");
    expect(flags[3]).toMatchObject({ severity: "critical", explanation: "uses 185 MiB of its 192 MiB limit (96 %): an OOM kill is near" });
  });

  it("OOMKilled within a day, not older", () => {
    const base = { cpu: figuresOf(50, 100, 200), memory: figuresOf(120 * MiB, 128 * MiB, 192 * MiB), restarts: 3, nowMs: now };
    const recent = containerFlags({ ...base, lastTermination: { reason: "OOMKilled", finishedAt: new Date(now - 6 * 60_000).toISOString() } });
    expect(recent[0]).toEqual({ id: "oom-killed", severity: "critical", label: "OOMKilled recently", explanation: "OOMKilled 6 min ago at its 192 MiB limit: the kernel killed it for memory and it restarted (3 restarts)" });
    expect(ids(containerFlags({ ...base, lastTermination: { reason: "OOMKilled", finishedAt: new Date(now - 30 * 3600_000).toISOString() } }))).not.toContain("oom-killed");
    expect(ids(containerFlags({ ...base, lastTermination: { reason: "Error", finishedAt: new Date(now).toISOString() } }))).not.toContain("oom-killed");
  });

  it("missing requests and limits (backoffice), and no usage flags without usage", () => {
    const flags = containerFlags({ cpu: figuresOf(undefined, 100, undefined), memory: figuresOf(undefined, undefined, undefined), restarts: 0, nowMs: now });
    expect(ids(flags)).toEqual(["no-cpu-limit", "no-memory-request", "no-memory-limit"]);
    expect(riskOf(flags)).toBe(1 + 2 + 2);
  });

  it("gives ratios only next to the numbers they come from", () => {
    expect(figuresOf(50, 100, 200)).toEqual({ usage: 50, request: 100, limit: 200, ofRequest: 0.5, ofLimit: 0.25 });
    expect(figuresOf(50, undefined, 0)).toEqual({ usage: 50, request: undefined, limit: 0, ofRequest: undefined, ofLimit: undefined });
  });
});
