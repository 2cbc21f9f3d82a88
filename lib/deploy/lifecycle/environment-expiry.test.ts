import { describe, expect, it } from "vitest";
import { expiryAfterDeploy, expiryOf, MAIN_NAMESPACE, type NamespaceFacts } from "./environment-expiry";

const branch = (extra: Partial<NamespaceFacts> = {}): NamespaceFacts => ({
  name: "feature-x-12345678",
  labels: { "pier.dev/environment": "branch" },
  annotations: {},
  createdAt: "2026-11-01T00:00:00Z",
  clusterEnvironment: "staging",
  ...extra,
});

describe("expiryOf", () => {
  it("reads pier.dev/expires-at, else computes from the last deploy, else from creation", () => {
    expect(expiryOf(branch({ annotations: { "pier.dev/expires-at": "2026-12-24T23:59:59Z" } }), 168)).toEqual({ expiresAt: "2026-12-24T23:59:59.000Z", annotated: true });
    expect(expiryOf(branch({ lastDeployAt: "2026-11-20T10:00:00Z" }), 24)).toEqual({ expiresAt: "2026-11-21T10:00:00.000Z", annotated: false });
    expect(expiryOf(branch(), 48).expiresAt).toBe("2026-11-03T00:00:00.000Z");
  });

  it("never expires main, production, or namespaces that are not branch environments", () => {
    expect(expiryOf(branch({ name: MAIN_NAMESPACE }), 1)).toEqual({ protectedBecause: "it runs main", annotated: false });
    expect(expiryOf(branch({ clusterEnvironment: "production" }), 1).protectedBecause).toBe("it is on a production cluster");
    expect(expiryOf(branch({ labels: { "pier.dev/environment": "production" } }), 1).protectedBecause).toBe("it is not a branch environment");
  });
});

describe("expiryAfterDeploy", () => {
  const now = new Date("2026-11-27T12:00:00Z");
  it("is the TTL from now, unless a longer keep is already there", () => {
    expect(expiryAfterDeploy(undefined, now, 24)).toBe("2026-11-28T12:00:00.000Z");
    expect(expiryAfterDeploy("2026-12-24T23:59:59Z", now, 24)).toBe("2026-12-24T23:59:59.000Z");
    expect(expiryAfterDeploy("2026-11-27T13:00:00Z", now, 24)).toBe("2026-11-28T12:00:00.000Z");
  });
});
