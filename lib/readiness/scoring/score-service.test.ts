import { describe, expect, it } from "vitest";
import type { Checklist } from "../checklist/checklist-schema";
import { evaluateItem, type MarkView } from "./item-state";
import { scoreService } from "./score-service";

const item = (id: string, weight: number, kind: "manual" | "automatic" = "manual", extra = {}) => ({ id, title: id, why: "w", how: "h", weight, kind, ...(kind === "automatic" ? { check: "replicas" } : {}), ...extra });
const checklist: Checklist = {
  version: 1,
  levels: [{ name: "Bronze", minScore: 50 }, { name: "Silver", minScore: 75 }, { name: "Gold", minScore: 90 }],
  standards: [
    { id: "stability", title: "Stability", description: "d", items: [item("replicas", 4, "automatic"), item("tests", 2)] },
    { id: "monitoring", title: "Monitoring", description: "d", items: [item("alerts", 3), item("usage", 1, "automatic")] },
  ],
};
const now = Date.parse("2026-11-27T12:00:00Z");
const daysAgo = (d: number) => new Date(now - d * 86_400_000).toISOString();
const tick = (at: string): MarkView => ({ kind: "tick", byName: "Leo Lead", byEmail: "leo@x", at, evidenceUrl: "https://ci.example/p/1", evidenceNote: null, reason: null, expiresAt: null });
const exemption = (expiresAt: string): MarkView => ({ kind: "exemption", byName: "Sam SRE", byEmail: "sam@x", at: daysAgo(1), evidenceUrl: null, evidenceNote: null, reason: "batch job, no alerts", expiresAt });

describe("evaluateItem", () => {
  const manual = item("tests", 2) as Checklist["standards"][number]["items"][number];
  it("ticked with fresh evidence earns its weight; old evidence turns stale", () => {
    expect(evaluateItem(manual, { mark: tick(daysAgo(10)), now, staleDays: 180 })).toMatchObject({ status: "ticked", earned: 2, counted: true });
    expect(evaluateItem(manual, { mark: tick(daysAgo(200)), now, staleDays: 180 })).toMatchObject({ status: "stale", earned: 0, counted: true, reason: "evidence is 200 days old (stale after 180): check it again and re-tick" });
    expect(evaluateItem({ ...manual, staleAfterDays: 7 }, { mark: tick(daysAgo(10)), now, staleDays: 180 }).status).toBe("stale");
  });
  it("an exemption leaves the item out until it expires", () => {
    expect(evaluateItem(manual, { mark: exemption(daysAgo(-30)), now, staleDays: 180 })).toMatchObject({ status: "exempt", counted: false, reason: "exempt until 2026-12-27: batch job, no alerts" });
    const expired = evaluateItem(manual, { mark: exemption(daysAgo(1)), now, staleDays: 180 });
    expect(expired).toMatchObject({ status: "open", counted: true, earned: 0 });
    expect(expired.expiredExemption?.reason).toBe("batch job, no alerts");
  });
  it("automatic items take the check's result; unknown is not counted", () => {
    const auto = item("usage", 1, "automatic") as typeof manual;
    expect(evaluateItem(auto, { result: { status: "unknown", reason: "unknown: no usage data" }, now, staleDays: 180 })).toMatchObject({ status: "unknown", counted: false });
    expect(evaluateItem(auto, { result: { status: "fail", reason: "1 replica" }, now, staleDays: 180 })).toMatchObject({ status: "fail", counted: true, earned: 0 });
  });
});

describe("scoreService", () => {
  it("weights items within and across standards and picks the level reached", () => {
    const states = new Map([
      ["replicas", evaluateItem(checklist.standards[0]!.items[0]!, { result: { status: "pass", reason: "3 replicas" }, now, staleDays: 180 })],
      ["tests", evaluateItem(checklist.standards[0]!.items[1]!, { now, staleDays: 180 })],
      ["alerts", evaluateItem(checklist.standards[1]!.items[0]!, { mark: tick(daysAgo(1)), now, staleDays: 180 })],
      ["usage", evaluateItem(checklist.standards[1]!.items[1]!, { result: { status: "unknown", reason: "unknown: no usage data" }, now, staleDays: 180 })],
    ]);
    const score = scoreService(checklist, states);
    expect(score.standards).toEqual([
      { id: "stability", score: 67, earned: 4, possible: 6 },
      { id: "monitoring", score: 100, earned: 3, possible: 3 },
    ]);
    expect(score).toMatchObject({ score: 78, earned: 7, possible: 9, level: { name: "Silver" }, nextLevel: { name: "Gold" } });
  });
  it("has no score and no level when nothing counts", () => {
    expect(scoreService(checklist, new Map())).toMatchObject({ score: null, level: null, nextLevel: { name: "Bronze" } });
  });
});
