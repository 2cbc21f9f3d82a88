import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { branchSlug } from "@/lib/conventions/branch-environments";
import { eventually } from "@/lib/kube/testing/start-test-cluster";
import { hasPrometheus, startPrometheus, type Prometheus } from "@/sim/conformance/prometheus";
import { getServiceHistory } from "../read/get-service-history";
import { getServiceResources } from "../read/get-service-resources";
import { SeriesIds } from "../store/usage-series";
import { readUsageDays } from "../store/usage-days";
import { startResourcesTest, withPrometheus, type ResourcesTest } from "../testing/resources-test-context";
import { ingestPrometheusRange } from "./ingest-prometheus-usage";
import { PrometheusClient } from "./prometheus-client";
import type { ResourcesContext } from "../resources-context";

// A real Prometheus scraping the embedded cluster's /metrics/cadvisor: with `prometheusUrl` in
// the cluster's config, Pier charts from PromQL (rate of container_cpu_usage_seconds_total,
// container_memory_working_set_bytes) and feeds its advice digests from it.

const MiB = 2 ** 20;
const main = branchSlug("main");
let t: ResourcesTest;
let prometheus: Prometheus;
let ctx: ResourcesContext;

beforeAll(async () => {
  if (!hasPrometheus) throw new Error("this test needs Debian's prometheus: apt-get install prometheus");
  t = await startResourcesTest({ seed: "demo", timeScale: 20 });
  prometheus = await startPrometheus(t.cluster.sim);
  ({ ctx } = withPrometheus(t, prometheus.url));
  const client = new PrometheusClient(prometheus.url);
  await eventually(async () => expect((await client.query(`count(container_memory_working_set_bytes{namespace="${main}"})`, Date.now() / 1000))[0]?.values[0]?.[1]).toBe(6), 30_000); // main runs six services
});

/** Waits until Prometheus holds a minute of scrapes: a chart's point is the rate over its 1-minute step. */
async function aMinuteOfScrapes(): Promise<void> {
  const client = new PrometheusClient(prometheus.url);
  await eventually(async () => {
    const [first] = await client.query(`min(min_over_time(timestamp(container_memory_working_set_bytes{namespace="${main}"})[5m:1s]))`, Date.now() / 1000);
    expect(Date.now() / 1000 - first!.values[0]![1]).toBeGreaterThan(65);
  }, 90_000);
}

afterAll(async () => {
  await prometheus?.stop();
  await t?.stop();
});

describe("history from Prometheus", () => {
  it("charts billing's usage read from PromQL, with its request and limit", async () => {
    await aMinuteOfScrapes();
    const chart = await getServiceHistory(ctx, "staging", main, "billing", { range: "1h" });
    expect(chart).toMatchObject({ source: "prometheus", stepSeconds: 60, requests: { cpu: 500, memory: 1024 * MiB }, limits: { cpu: 2000, memory: 4096 * MiB } });
    const last = chart.points.at(-1)!;
    expect(chart.points.length).toBeGreaterThanOrEqual(1);
    // billing's profile: "steady cpu=30m memory=210Mi", +-12 % and +-3 %.
    expect(last.cpuAvg).toBeGreaterThan(20);
    expect(last.cpuAvg).toBeLessThan(40);
    expect(last.memAvg! / MiB).toBeGreaterThan(200);
    expect(last.memAvg! / MiB).toBeLessThan(220);
    expect(last.memMax).toBeGreaterThanOrEqual(last.memAvg! - 1);
    expect((await getServiceResources(ctx, "staging", main, "billing")).history.source).toBe("prometheus");
  }, 120_000);

  it("feeds the advice digests from the same series", async () => {
    const resources = ctx.resourcesOf(ctx.clusters.list()[0]!);
    const nowS = Math.floor(Date.now() / 1000); // after a minute of scrapes (the test above)
    const written = await ingestPrometheusRange(t.db, resources, new SeriesIds(t.db, "staging"), nowS, nowS);
    expect(written).toBeGreaterThanOrEqual(25);
    const ids = await new SeriesIds(t.db, "staging").ensure([{ namespace: main, workload: "billing", container: "billing" }]);
    const days = await readUsageDays(t.db, [...ids.values()], 0);
    const day = [...days.values()][0]![0]!;
    expect(day.samples).toBe(1);
    expect(day.memPeak / MiB).toBeGreaterThan(200);
  });
});
