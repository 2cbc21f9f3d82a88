import { describe, expect, it } from "vitest";
import { digestSamples } from "../history/day-digest";
import { recommendResources, type AdviceInput } from "./recommend-resources";
import { renderResourcesYaml, manifestPathOf } from "./render-resources-yaml";
import { summarizeUsage } from "./summarize-usage";
import { MiB, shapes, syntheticDays, syntheticSamples, type Shape } from "./synthetic-usage";

// The advice method on 14 days of synthetic 5-minute usage, one shape at a time, with the
// outcome worked out by hand in each comment (rounding: CPU up to 5m, memory up to 4 MiB).

const now = Date.UTC(2026, 10, 27, 12, 0);
const current = { requests: { cpu: 500, memory: 512 * MiB }, limits: { cpu: 1000, memory: 1024 * MiB } };

function advise(shape: Shape, extra: Partial<AdviceInput> = {}, days = 14) {
  const digest = summarizeUsage(syntheticDays(shape, days, now), now);
  return recommendResources({ digest, ...current, oomKills: 0, autoscaledOn: [], workload: "web", ...extra });
}

const mib = (bytes: number | undefined) => (bytes === undefined ? undefined : bytes / MiB);

describe("recommendation on synthetic series", () => {
  it("steady: p95 210m +10 % = 235m, limit 2x = 470m; peak 303 MiB +15 % = 352 MiB", () => {
    const a = advise(shapes.steady);
    expect(a.status).toBe("advice");
    expect(a.confidence).toEqual({ level: "high", days: 14 });
    expect(a.cpu).toMatchObject({ request: { current: 500, recommended: 235 }, limit: { current: 1000, recommended: 470 }, difference: -265, severity: "warning" });
    expect(mib(a.memory!.request.recommended)).toBe(352);
    expect(mib(a.memory!.limit.recommended)).toBe(352); // memory request = limit
    expect(a.memory!.severity).toBe("ok"); // 160 MiB less: between 100 and 250 MiB
    expect(a.severity).toBe("warning");
    expect(a.notes).toEqual([]);
  });

  it("spiky: bursts in 2 % of the buckets stay out of the request (125m) but set the limit (1.2 x 800m = 960m)", () => {
    const a = advise(shapes.spiky);
    expect(a.basis.cpuMax).toBe(800);
    expect(a.cpu!.request.recommended).toBe(125);
    expect(a.cpu!.limit.recommended).toBe(960);
    expect(mib(a.memory!.request.recommended)).toBe(296); // 255 MiB x 1.15 = 293.3
  });

  it("daily cycle: the afternoon peak is the p95 (450m -> 495m), the evening peak of memory the basis (600 MiB -> 692 MiB)", () => {
    const a = advise(shapes.daily);
    expect(a.basis.cpuP50).toBeGreaterThan(230);
    expect(a.basis.cpuP50).toBeLessThan(270); // the median is mid-cycle
    expect(a.cpu).toMatchObject({ request: { recommended: 495 }, limit: { recommended: 990 }, difference: -5, severity: "good" });
    expect(mib(a.memory!.request.recommended)).toBe(692);
  });

  it("leak: sizes for the highest peak (620 MiB -> 716 MiB) and says the peaks rise every day", () => {
    const a = advise(shapes.leak);
    expect(mib(a.memory!.request.recommended)).toBe(716);
    expect(a.cpu!.request.recommended).toBe(90); // 80m x 1.1 = 88
    expect(a.notes).toEqual(["Memory peaks rose every day for 5 days (514.8 MiB to 619.9 MiB): a leak? The advice sizes for the highest peak, which will not hold."]);
  });

  it("idle: the floors, 10m and 64 MiB, and a critical-size cut of the 500m request", () => {
    const a = advise(shapes.idle);
    expect(a.cpu).toMatchObject({ request: { recommended: 10 }, limit: { recommended: 20 }, difference: -490, severity: "warning" });
    expect(a.memory).toMatchObject({ request: { recommended: 64 * MiB }, severity: "warning" }); // 448 MiB less
    expect(a.cpu!.why).toContain("(floor 10m)");
  });

  it("OOM: the working set is cut at the 192 MiB limit, so advice steps past it: max(x1.2, +100 MiB) = 292 MiB, critical", () => {
    const a = advise(shapes.oom, { requests: { cpu: 100, memory: 128 * MiB }, limits: { cpu: 200, memory: 192 * MiB }, oomKills: 84 });
    expect(a.basis.memoryPeak).toBe(192 * MiB);
    expect(a.memory).toMatchObject({ request: { current: 128 * MiB, recommended: 292 * MiB }, limit: { current: 192 * MiB, recommended: 292 * MiB }, difference: 164 * MiB, severity: "critical" });
    expect(a.memory!.why).toMatch(/^OOM-killed 84x at its 192 MiB limit/);
    expect(a.cpu!.request.recommended).toBe(165);
    expect(a.severity).toBe("critical");
    expect(a.notes[0]).toMatch(/^OOM-killed 84 times in 14 days: if memory climbs until each kill/);
  });
});

describe("when advice steps aside or is unsure", () => {
  it("gives none with less than a day of history, and says why", () => {
    const a = advise(shapes.steady, {}, 10 / 24);
    expect(a).toMatchObject({ status: "none", reason: "only 10 h of history (120 samples): advice needs 24 h and 100 samples, to see a whole daily cycle" });
    expect(recommendResources({ ...current, oomKills: 0, autoscaledOn: [], workload: "web" }).reason).toMatch(/^no usage history yet/);
  });

  it("marks up a short history: 2 days of steady usage give 285m, not 235m, with low confidence", () => {
    const a = advise(shapes.steady, {}, 2);
    expect(a.confidence).toEqual({ level: "low", days: 2 });
    expect(a.cpu!.request.recommended).toBe(285); // 210 x 1.1 x (1 + 0.5 x (1/2 - 1/14)) = 280.5
    expect(a.notes).toEqual(["Only 2 days of history: the advice adds x1.21 for peaks not seen yet."]);
  });

  it("leaves CPU alone when an HPA scales on it, and keeps the current CPU in the YAML", () => {
    const a = advise(shapes.steady, { autoscaledOn: ["cpu"] });
    expect(a.cpu!.skipped).toMatch(/^an HPA scales web on CPU utilization/);
    expect(a.cpu!.request.recommended).toBeUndefined();
    expect(renderResourcesYaml(a)).toBe(
      ["resources:", "  requests:", "    cpu: 500m # kept: an HPA scales on CPU", "    memory: 352Mi", "  limits:", "    cpu: \"1\" # kept: an HPA scales on CPU", "    memory: 352Mi", ""].join("\n"),
    );
    expect(advise(shapes.steady, { autoscaledOn: ["cpu", "memory"] }).status).toBe("none");
  });

  it("weighs recent days more: after a quiet week the median follows this week, while p95 still sees last week", () => {
    const busyThenQuiet: Shape = (_m, _r, elapsed) => ({ cpu: elapsed < 7 * 1440 ? 400 : 100, memory: 100 * MiB });
    const digest = summarizeUsage([...digestSamples(syntheticSamples(busyThenQuiet, 14, now)).values()], now)!;
    expect(digest.cpu.p50).toBeLessThan(110); // flat weights would put the median at the edge of the two weeks
    expect(digest.cpu.p95).toBe(400); // last week is a third of the weight: still above 5 %
  });
});

describe("the YAML and the manifest path", () => {
  it("writes the block to paste", () => {
    expect(renderResourcesYaml(advise(shapes.daily))).toBe(["resources:", "  requests:", "    cpu: 495m", "    memory: 692Mi", "  limits:", "    cpu: 990m", "    memory: 692Mi", ""].join("\n"));
  });
  it("names the manifest from the configured pattern", () => {
    const target = { service: "video-payment", kind: "Deployment", namespace: "production", cluster: "production" };
    expect(manifestPathOf("services/{service}/kubernetes/{kind}.yaml", target)).toBe("services/video-payment/kubernetes/deployment.yaml");
    expect(manifestPathOf("deploy/{cluster}/{namespace}/{service}.yaml", target)).toBe("deploy/production/production/video-payment.yaml");
  });
});
