import { describe, expect, it } from "vitest";
import { KubeRequestError, type KubeConnection } from "@/lib/kube/kube-connection";
import type { KubeObject } from "./kube-object";
import { PRUNE_SELECTOR, pruneObjects } from "./prune-objects";

// Which objects a deploy prunes and how a failed delete is told, against a fake API server:
// discovery of core and apps, one list per kind, deletes recorded (one refused).

const pier = { "pier.dev/managed-by": "pier" };
const discovery: Record<string, Array<{ name: string; kind: string; namespaced: boolean }>> = {
  "/api/v1": [
    { name: "configmaps", kind: "ConfigMap", namespaced: true },
    { name: "services", kind: "Service", namespaced: true },
    { name: "namespaces", kind: "Namespace", namespaced: false },
  ],
  "/apis/apps/v1": [{ name: "deployments", kind: "Deployment", namespaced: true }],
  "/apis/batch/v1": [{ name: "jobs", kind: "Job", namespaced: true }],
};
const stored: Record<string, Array<{ metadata: { name: string; labels?: Record<string, string>; deletionTimestamp?: string } }>> = {
  "/api/v1/namespaces/ns/configmaps": [{ metadata: { name: "kept", labels: pier } }, { metadata: { name: "dropped", labels: pier } }, { metadata: { name: "going", labels: pier, deletionTimestamp: "2026-01-01T00:00:00Z" } }],
  "/api/v1/namespaces/ns/services": [{ metadata: { name: "refused", labels: pier } }],
  "/apis/apps/v1/namespaces/ns/deployments": [{ metadata: { name: "old", labels: pier } }, { metadata: { name: "kept", labels: pier } }],
  // A list that ignored the selector: seed Jobs and hand-made objects must still be left alone.
  "/apis/batch/v1/namespaces/ns/jobs": [{ metadata: { name: "seed", labels: { ...pier, "pier.dev/seed-job": "seed-e2e" } } }, { metadata: { name: "by-hand" } }],
};

function fakeConnection() {
  const calls: Array<{ method: string; path: string; body?: unknown }> = [];
  const connection = {
    getJson: async (path: string) => {
      calls.push({ method: "GET", path });
      const [base, query] = path.split("?");
      if (discovery[base!]) return { resources: discovery[base!] };
      if (!query) throw new KubeRequestError("not found", 404);
      expect(new URLSearchParams(query).get("labelSelector")).toBe(PRUNE_SELECTOR);
      return { items: stored[base!] ?? [] };
    },
    send: async (method: string, path: string, body?: unknown) => {
      calls.push({ method, path, body });
      if (path.endsWith("/services/refused")) throw new KubeRequestError('services "refused" is forbidden', 403);
      return { status: 200, body: {} };
    },
  } as unknown as KubeConnection;
  return { connection, calls };
}

const applied: KubeObject[] = [
  { apiVersion: "v1", kind: "ConfigMap", metadata: { name: "kept" } },
  { apiVersion: "apps/v1", kind: "Deployment", metadata: { name: "kept" } },
];

describe("pruneObjects", () => {
  it("deletes Pier's objects the deploy did not apply, in its namespace, dependents in the background", async () => {
    const { connection, calls } = fakeConnection();
    const result = await pruneObjects(connection, "ns", applied);
    expect(result.pruned).toEqual([{ kind: "Deployment", name: "old" }, { kind: "ConfigMap", name: "dropped" }]);
    const deletes = calls.filter((c) => c.method === "DELETE");
    expect(deletes.map((c) => c.path)).toEqual(["/apis/apps/v1/namespaces/ns/deployments/old", "/api/v1/namespaces/ns/services/refused", "/api/v1/namespaces/ns/configmaps/dropped"]);
    expect(deletes.every((c) => (c.body as { propagationPolicy: string }).propagationPolicy === "Background")).toBe(true);
    expect(calls.some((c) => c.path.includes("/namespaces/ns/namespaces") || c.path.startsWith("/api/v1/namespaces?"))).toBe(false);
  });

  it("reports a refused delete instead of throwing, and goes on with the rest", async () => {
    const { connection } = fakeConnection();
    const result = await pruneObjects(connection, "ns", applied);
    expect(result.failures).toEqual([{ kind: "Service", name: "refused", message: expect.stringMatching(/^could not delete Service refused: .*forbidden/) }]);
  });
});
