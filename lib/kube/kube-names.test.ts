import { describe, expect, it } from "vitest";
import { isDnsLabel, isDnsSubdomain } from "./kube-names";

describe("Kubernetes names", () => {
  it("accepts DNS labels", () => {
    for (const name of ["a", "learn", "feature-video-checkout-daa707c7", "0abc", "a".repeat(63)]) expect(isDnsLabel(name)).toBe(true);
  });
  it("rejects what the API server would", () => {
    for (const name of ["", "-a", "a-", "A", "a_b", "a.b", "a".repeat(64), "..", "a/b", "ä"]) expect(isDnsLabel(name)).toBe(false);
  });
  it("allows dots in subdomains only", () => {
    expect(isDnsSubdomain("learn-7c9d.x")).toBe(true);
    expect(isDnsSubdomain("a..b")).toBe(false);
    expect(isDnsSubdomain("a".repeat(254))).toBe(false);
  });
});
