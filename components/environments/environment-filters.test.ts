import { describe, expect, it } from "vitest";
import type { EnvironmentSummaryDto } from "@/lib/environments/types";
import { isOwnedBy } from "@/lib/environments/is-owned-by";
import { filterEnvironments, parseListState, sortEnvironments } from "./environment-filters";

function env(namespace: string, extra: Partial<EnvironmentSummaryDto> = {}): EnvironmentSummaryDto {
  return {
    cluster: "staging", namespace, kind: "branch", branch: namespace.replace("-", "/"), createdAt: "2026-01-01T00:00:00Z", terminating: false,
    services: { ready: 6, total: 6 }, requests: { cpuMilli: 100, memoryBytes: 1024 }, ...extra,
  };
}

const rows = [
  env("feature-a", { author: { name: "Ana", email: "ana@example.com" }, deployedAt: "2026-01-03T00:00:00Z", requests: { cpuMilli: 900, memoryBytes: 1 } }),
  env("fix-b", { author: { name: "Bruno", email: "bruno@example.com" }, deployedBy: "ana@example.com", problem: { reason: "CrashLoopBackOff", pods: 1 }, services: { ready: 5, total: 6 }, deployedAt: "2026-01-01T00:00:00Z" }),
  env("chore-c", { author: { name: "Chen", email: "chen@example.com" }, services: { ready: 4, total: 6 }, deployedAt: "2026-01-02T00:00:00Z", requests: { cpuMilli: 50, memoryBytes: 1 } }),
  env("production", { kind: "production", cluster: "production", branch: undefined, problem: { reason: "Pending", pods: 2 } }),
];
const none = { text: "", mine: false, health: "all" as const };

describe("filterEnvironments", () => {
  it("matches every word against branch, author, commit and problem", () => {
    expect(filterEnvironments(rows, { ...none, text: "bruno crashloop" }).map((e) => e.namespace)).toEqual(["fix-b"]);
    expect(filterEnvironments(rows, { ...none, text: "FEATURE" }).map((e) => e.namespace)).toEqual(["feature-a"]);
  });
  it("keeps mine: authored or deployed by me, case-insensitively", () => {
    expect(filterEnvironments(rows, { ...none, mine: true }, "ANA@example.com").map((e) => e.namespace)).toEqual(["feature-a", "fix-b"]);
    expect(filterEnvironments(rows, { ...none, mine: true }, undefined)).toEqual([]);
    expect(isOwnedBy(rows[2]!, "ana@example.com")).toBe(false);
  });
  it("splits healthy from problems (not all services ready counts as a problem)", () => {
    expect(filterEnvironments(rows, { ...none, health: "healthy" }).map((e) => e.namespace)).toEqual(["feature-a"]);
    expect(filterEnvironments(rows, { ...none, health: "problems" }).map((e) => e.namespace)).toEqual(["fix-b", "chore-c", "production"]);
  });
});

describe("sortEnvironments", () => {
  it("sorts by any column both ways", () => {
    expect(sortEnvironments(rows, "deployed", "desc").map((e) => e.namespace)).toEqual(["feature-a", "chore-c", "fix-b", "production"]);
    expect(sortEnvironments(rows, "cpu", "asc").map((e) => e.namespace)).toEqual(["chore-c", "fix-b", "production", "feature-a"]);
    expect(sortEnvironments(rows, "author", "asc")[0]!.namespace).toBe("production");
  });
  it("puts the worst health first when ascending", () => {
    expect(sortEnvironments(rows, "health", "asc").map((e) => e.namespace)).toEqual(["fix-b", "production", "chore-c", "feature-a"]);
  });
  it("does not change its input", () => {
    const copy = [...rows];
    sortEnvironments(rows, "cpu", "desc");
    expect(rows).toEqual(copy);
  });
});

describe("parseListState", () => {
  it("reads the address bar and ignores nonsense", () => {
    expect(parseListState({ q: "video", owner: "mine", health: "problems", sort: "cpu:desc" })).toEqual({ text: "video", mine: true, health: "problems", sort: "cpu", direction: "desc" });
    expect(parseListState({ health: "bogus", sort: "nope:up" })).toEqual({ text: "", mine: false, health: "all", sort: "environment", direction: "asc" });
  });
});
