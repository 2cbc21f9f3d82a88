import { describe, expect, it } from "vitest";
import { branchSlug } from "./branch-environments";

describe("branchSlug", () => {
  it("matches the documented examples", () => {
    expect(branchSlug("feature/video-checkout")).toBe("feature-video-checkout-daa707c7");
    expect(branchSlug("main")).toBe("main-0d6e4079");
  });

  it("keeps long branches distinct and within a DNS label", () => {
    const long = `feature/${"very-long-name-".repeat(8)}`;
    const a = branchSlug(`${long}a`);
    const b = branchSlug(`${long}b`);
    expect(a).not.toBe(b);
    for (const slug of [a, b]) expect(slug).toMatch(/^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$/);
  });

  it("starts with a letter", () => {
    expect(branchSlug("123/Fix")).toMatch(/^b-123-fix-[0-9a-f]{8}$/);
    expect(branchSlug("///")).toMatch(/^b-[0-9a-f]{8}$/);
  });
});
