import { describe, expect, it } from "vitest";
import { formatSelector, fromLabelSelector, matchesSelector, parseLabelSelector } from "./label-selector";

const matches = (selector: string, labels: Record<string, string>) => matchesSelector(parseLabelSelector(selector), labels);

describe("label selectors", () => {
  it("matches equality, set and existence requirements", () => {
    const labels = { app: "web", tier: "front", env: "prod" };
    expect(matches("app=web", labels)).toBe(true);
    expect(matches("app==web,tier=front", labels)).toBe(true);
    expect(matches("app!=web", labels)).toBe(false);
    expect(matches("missing!=x", labels)).toBe(true);
    expect(matches("env in (prod,staging)", labels)).toBe(true);
    expect(matches("env notin (prod)", labels)).toBe(false);
    expect(matches("missing notin (prod)", labels)).toBe(true);
    expect(matches("tier", labels)).toBe(true);
    expect(matches("!tier", labels)).toBe(false);
    expect(matches("!gone", labels)).toBe(true);
    expect(matches("", labels)).toBe(true);
    expect(matches("in in (in)", { in: "in" })).toBe(true);
  });

  it("fails with the apiserver's messages", () => {
    expect(() => parseLabelSelector("app in (a")).toThrow("unable to parse requirement: found '', expected: ',' or ')'");
    expect(() => parseLabelSelector("app in a")).toThrow("unable to parse requirement: found 'a' expected: '('");
    expect(() => parseLabelSelector("a=b,")).toThrow("found '', expected: identifier after ','");
    expect(() => parseLabelSelector("=b")).toThrow("found '=', expected: !, identifier, or 'end of string'");
    expect(() => parseLabelSelector("a b")).toThrow("unable to parse requirement: found 'b', expected: in, notin, =, ==, !=, gt, lt");
    expect(() => parseLabelSelector("a=b c")).toThrow("found 'c', expected: ',' or 'end of string'");
    expect(() => parseLabelSelector("bad key=x")).toThrow(/expected: in, notin/);
    expect(() => parseLabelSelector("k=-bad-")).toThrow(/a valid label must be an empty string/);
  });

  it("converts object selectors and prints them like the API", () => {
    const sel = fromLabelSelector({ matchLabels: { app: "web" }, matchExpressions: [{ key: "tier", operator: "In", values: ["b", "a"] }, { key: "canary", operator: "DoesNotExist" }] });
    expect(formatSelector(sel)).toBe("app=web,!canary,tier in (a,b)");
    expect(matchesSelector(sel, { app: "web", tier: "a" })).toBe(true);
    expect(matchesSelector(sel, { app: "web", tier: "a", canary: "1" })).toBe(false);
  });
});
