import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { branchSlug } from "@/lib/conventions/branch-environments";
import { eventually } from "@/lib/kube/testing/start-test-cluster";
import { getClusterOverview } from "./read/get-cluster-overview";
import { getServiceHistory } from "./read/get-service-history";
import { getServiceResources } from "./read/get-service-resources";
import { resourcesCsv } from "./read/resources-csv";
import { backfillDemoUsage } from "./sampler/backfill-usage";
import { startResourcesTest, type ResourcesTest } from "./testing/resources-test-context";

// The embedded demo cluster, backfilled like Pier's first start: the OOM-killing service
// (video-payment leaking in feature/video-checkout) and the over-provisioned ones (billing: 500m
// and 1Gi requested for 30m and 210Mi used) are flagged and advised as they should be.

const MiB = 2 ** 20;
const checkout = branchSlug("feature/video-checkout");
const main = branchSlug("main");
let t: ResourcesTest;

beforeAll(async () => {
  t = await startResourcesTest({ seed: "demo", timeScale: 20 });
  expect((await t.runtime.whenSettled(10_000)).state).toBe("synced");
  await t.resources.poller.poll();
  expect(await backfillDemoUsage(t.db, t.resources, { nowMs: Date.now(), rawHours: 24 })).toBe(30);
});

afterAll(() => t?.stop());

describe("the demo cluster's resources", () => {
  it("backfills once: a second start finds the marker", async () => {
    expect(await backfillDemoUsage(t.db, t.resources, { nowMs: Date.now(), rawHours: 24 })).toBe(0);
  });

  it("flags the leaking video-payment as OOMKilled and advises memory past its limit", async () => {
    const dto = await getServiceResources(t.ctx, "staging", checkout, "video-payment");
    expect(dto.usage.available).toBe(true);
    expect(dto.live.length).toBeGreaterThan(0);
    const oom = dto.live[0]!.flags.find((f) => f.id === "oom-killed");
    expect(oom).toMatchObject({ severity: "critical" });
    expect(oom!.explanation).toMatch(/^OOMKilled \d+ min ago at its 192 MiB limit/);
    const advice = dto.containers[0]!.advice;
    expect(advice.status).toBe("advice");
    expect(advice.basis.oomKills).toBeGreaterThan(100); // 14 days of 20-minute cycles (faster at time scale 20)
    expect(advice.memory).toMatchObject({ severity: "critical", limit: { current: 192 * MiB } });
    expect(advice.memory!.request.recommended).toBeGreaterThanOrEqual(292 * MiB); // max(x1.2, +100 MiB) over the limit
    expect(advice.notes.some((n) => n.startsWith("OOM-killed"))).toBe(true);
    expect(advice.manifestPath).toBe("services/video-payment/kubernetes/deployment.yaml");
    expect(advice.yaml).toMatch(/^resources:\n {2}requests:\n {4}cpu: \d+m\n {4}memory: \d+Mi\n {2}limits:/);
  });

  it("flags billing's requests as waste from its history and advises far less", async () => {
    const dto = await getServiceResources(t.ctx, "staging", main, "billing");
    const flags = dto.live[0]!.flags.map((f) => f.id);
    expect(flags).toEqual(expect.arrayContaining(["cpu-waste", "memory-waste"]));
    expect(flags).not.toContain("oom-killed");
    const waste = dto.live[0]!.flags.find((f) => f.id === "memory-waste")!;
    expect(waste.explanation).toMatch(/^peak usage 2\d\d(\.\d)? MiB over 14 days is 2\d % of the 1 GiB request: \d+(\.\d)? MiB reserved for nothing$/);
    const { advice } = dto.containers[0]!;
    expect(advice.cpu).toMatchObject({ request: { current: 500 }, severity: "warning" }); // ~460m less: between 250m and 500m
    expect(advice.cpu!.request.recommended).toBeLessThan(60);
    expect(advice.memory).toMatchObject({ request: { current: 1024 * MiB }, severity: "critical" });
    expect(advice.memory!.request.recommended).toBeLessThan(300 * MiB);
    expect(advice.confidence).toEqual({ level: "high", days: 14 });
  });

  it("steps aside on CPU where an HPA scales on it (learn)", async () => {
    const { advice } = (await getServiceResources(t.ctx, "staging", main, "learn")).containers[0]!;
    expect(advice.cpu!.skipped).toMatch(/^an HPA scales learn on CPU utilization/);
    expect(advice.memory!.request.recommended).toBeDefined();
  });

  it("charts a day of history with the leak's OOM kills marked", async () => {
    const chart = await getServiceHistory(t.ctx, "staging", checkout, "video-payment", { range: "24h" });
    expect(chart).toMatchObject({ container: "video-payment", source: "pier", stepSeconds: 300, requests: { cpu: 100, memory: 128 * MiB }, limits: { cpu: 200, memory: 192 * MiB } });
    expect(chart.points.length).toBeGreaterThan(280);
    expect(Math.max(...chart.points.map((p) => p.memMax!))).toBeLessThanOrEqual(192 * MiB);
    expect(chart.events.filter((e) => e.kind === "oom").length).toBeGreaterThan(50);
    const hour = await getServiceHistory(t.ctx, "staging", checkout, "video-payment", { range: "1h" });
    expect(hour.points.length).toBeGreaterThanOrEqual(59);
    await expect(getServiceHistory(t.ctx, "staging", checkout, "video-payment", { range: "2d" })).rejects.toThrow(/range must be one of 1h, 24h, 7d, 14d/);
  });

  it("sorts the SRE view by waste and by risk, totals namespaces and teams, and exports CSV", async () => {
    const { overview, rows } = await getClusterOverview(t.ctx, "staging", { sort: "waste" });
    expect(overview.total).toBe(30);
    expect(overview.rows.slice(0, 5).map((r) => r.workload)).toEqual(["billing", "billing", "billing", "billing", "billing"]); // one per branch
    const risky = (await getClusterOverview(t.ctx, "staging", { sort: "risk" })).overview.rows[0]!;
    expect(risky).toMatchObject({ namespace: checkout, workload: "video-payment" });
    expect(risky.risk.flags).toContain("oom-killed");
    expect(overview.teams.find((x) => x.key === "payments")!.waste.memory).toBeGreaterThan(3000 * MiB);
    expect(overview.branchRequested.cpu).toBe(overview.requested.cpu); // staging holds only branch environments
    expect(overview.policies.find((p) => p.namespace === main)!.quotas[0]).toMatchObject({ name: "branch-quota", hard: { "requests.cpu": "4" } });
    const csv = resourcesCsv(rows).split("\r\n");
    expect(csv[0]).toMatch(/^namespace,environment,branch,workload,kind,container,team,replicas,cpu_request_m,/);
    expect(csv[1]).toMatch(/,billing,Deployment,billing,payments,1,500,2000,/);
    const filtered = await getClusterOverview(t.ctx, "staging", { team: "platform" });
    expect(new Set(filtered.rows.map((r) => r.workload))).toEqual(new Set(["nginx"]));
  });
});

describe("a cluster without metrics.k8s.io", () => {
  it("says usage is unavailable and why, never zeros", async () => {
    const bare = await startResourcesTest({ seed: "demo", timeScale: 20, extensions: [] });
    try {
      await bare.runtime.whenSettled(10_000);
      const dto = await eventually(async () => {
        const d = await getServiceResources(bare.ctx, "staging", main, "billing");
        expect(d.usage.available).toBe(false);
        return d;
      }, 10_000);
      expect(dto.usage.reason).toBe("this cluster serves no metrics.k8s.io API (is metrics-server installed?)");
      expect(dto.live[0]!.cpu).toEqual({ usage: undefined, request: 500, limit: 2000, ofRequest: undefined, ofLimit: undefined });
      expect(dto.live[0]!.flags.map((f) => f.id)).toEqual([]);
      expect(dto.containers[0]!.advice).toMatchObject({ status: "none", reason: expect.stringMatching(/^no usage history yet/) });
      const { overview } = await getClusterOverview(bare.ctx, "staging");
      expect(overview.usage).toEqual({ available: false, reason: "this cluster serves no metrics.k8s.io API (is metrics-server installed?)" });
      expect(overview.rows.every((r) => r.usage.cpu === undefined && r.usage.memory === undefined)).toBe(true);
    } finally {
      await bare.stop();
    }
  });
});
