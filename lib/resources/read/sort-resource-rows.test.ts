import { describe, expect, it } from "vitest";
import type { WorkloadResourcesRowDto } from "../types";
import { combinedWaste, filterRows, sortRows } from "./sort-resource-rows";
import { sumTotals } from "./sum-resource-totals";

const MiB = 2 ** 20;
const GiB = 2 ** 30;

function row(workload: string, extra: Partial<WorkloadResourcesRowDto> = {}): WorkloadResourcesRowDto {
  return {
    namespace: "main", environment: "branch", workload, kind: "Deployment", container: workload, team: "payments", replicas: 2,
    requests: { cpu: 500, memory: GiB }, limits: {}, usage: { cpu: 50, memory: 200 * MiB }, recommended: {}, waste: {},
    risk: { score: 0, flags: [] }, severity: "good", advice: "advice", oomKills: 0, ...extra,
  };
}

describe("the SRE view's order", () => {
  const billing = row("billing", { waste: { cpu: 920, memory: 1544 * MiB } }); // 0.92 core + 0.38 of 4 GiB
  const link = row("link", { team: "teachers", waste: { cpu: 330, memory: 3.5 * GiB } }); // 0.33 + 0.875
  const payment = row("video-payment", { namespace: "checkout", waste: { cpu: -60, memory: -164 * MiB }, risk: { score: 12, flags: ["oom-killed"] } });
  const idle = row("backoffice", { team: undefined, waste: {} });
  const rows = [payment, idle, link, billing];

  it("weighs CPU and memory waste together at 1 core for 4 GiB", () => {
    expect(combinedWaste(billing)).toBeCloseTo(0.92 + 1544 / 4096, 6);
    expect(sortRows(rows, "waste").map((r) => r.workload)).toEqual(["billing", "link", "backoffice", "video-payment"]);
    expect(sortRows(rows, "waste", "desc").map((r) => r.workload)).toEqual(["video-payment", "backoffice", "link", "billing"]);
  });

  it("sorts by one resource's waste (unknown last), risk, team (none last) and namespace", () => {
    expect(sortRows(rows, "memory-waste").map((r) => r.workload)).toEqual(["link", "billing", "video-payment", "backoffice"]);
    expect(sortRows(rows, "risk")[0]!.workload).toBe("video-payment");
    expect(sortRows(rows, "team").map((r) => r.team)).toEqual(["payments", "payments", "teachers", undefined]);
    expect(sortRows(rows, "namespace").map((r) => r.namespace)).toEqual(["checkout", "main", "main", "main"]);
  });

  it("filters by namespace, team, environment and text", () => {
    expect(filterRows(rows, { team: "teachers" }).map((r) => r.workload)).toEqual(["link"]);
    expect(filterRows(rows, { namespace: "checkout" }).map((r) => r.workload)).toEqual(["video-payment"]);
    expect(filterRows(rows, { q: "PAY" }).map((r) => r.workload)).toEqual(["video-payment", "billing"]); // billing by its team, payments
    expect(filterRows(rows, { environment: "production" })).toEqual([]);
  });

  it("totals requests and usage with replicas, and only positive waste", () => {
    const [main, checkout] = sumTotals(rows, (r) => r.namespace);
    expect(main).toMatchObject({ key: "main", workloads: 3, requests: { cpu: 3000, memory: 6 * GiB }, usage: { cpu: 300 } });
    expect(main!.waste).toEqual({ cpu: 1250, memory: 1544 * MiB + 3.5 * GiB });
    expect(checkout!.waste).toEqual({ cpu: 0, memory: 0 }); // under-sized does not offset over-sized
  });
});
