import { describe, expect, it } from "vitest";
import { branchSlug } from "../seed/conventions";
import { parseArgs } from "./parse-args";

describe("sim command line", () => {
  it("parses every flag, in both spellings", () => {
    expect(parseArgs(["--port", "0", "--kubeconfig", "k.yaml", "--name=staging", "--seed", "scale:10x2", "--state", "s", "--time-scale", "20"]))
      .toEqual({ port: 0, kubeconfig: "k.yaml", name: "staging", seed: "scale:10x2", state: "s", timeScale: 20 });
    expect(parseArgs([])).toEqual({ port: 6443, name: "sim", seed: "empty", timeScale: 1 });
  });

  it("refuses what it cannot use", () => {
    expect(() => parseArgs(["--seed", "galaxy"])).toThrow('unknown seed "galaxy"');
    expect(() => parseArgs(["--port", "99999"])).toThrow("--port must be 0-65535");
    expect(() => parseArgs(["--time-scale", "0"])).toThrow("--time-scale must be a positive number");
    expect(() => parseArgs(["--name", "Bad_Name"])).toThrow("--name must be a DNS label");
    expect(() => parseArgs(["--what"])).toThrow("unknown flag --what");
  });
});

describe("branch slugs", () => {
  it("are collision-free DNS labels starting with a letter", () => {
    expect(branchSlug("feature/Video-Checkout")).toMatch(/^feature-video-checkout-[0-9a-f]{8}$/);
    expect(branchSlug("feature/a")).not.toBe(branchSlug("feature-a"));
    expect(branchSlug("123-fix")).toMatch(/^b-123-fix-[0-9a-f]{8}$/);
    const long = branchSlug(`feature/${"x".repeat(100)}`);
    expect(long.length).toBeLessThanOrEqual(63);
    expect(long).toMatch(/^[a-z][-a-z0-9]*[a-z0-9]$/);
  });
});
