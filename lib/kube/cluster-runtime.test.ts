import { afterEach, describe, expect, it, vi } from "vitest";
import { ClusterRuntime } from "./cluster-runtime";

// One watch cache per kind: core kinds start with the cluster and make its status; on-demand
// kinds start on first use, once however many areas ask, and report their own status.

let runtime: ClusterRuntime | undefined;
afterEach(() => runtime?.stop());

describe("ClusterRuntime", () => {
  it("starts on-demand caches only when used, and keeps them out of the cluster's status", async () => {
    runtime = new ClusterRuntime({ name: "nowhere", environment: "staging", kubeconfig: "/nonexistent/kubeconfig", inCluster: false }).start();
    await vi.waitFor(() => expect(runtime!.status().state).toBe("unreachable"));
    expect(runtime.status(["nodes"]).state).toBe("connecting");
    const nodes = runtime.caches.nodes;
    runtime.use("nodes").use("nodes", "autoscalers");
    expect(runtime.caches.nodes).toBe(nodes);
    await vi.waitFor(() => expect(runtime!.status(["nodes", "autoscalers"])).toMatchObject({ state: "unreachable", error: expect.stringMatching(/^cluster nowhere: /) }));
    expect(runtime.status(["disruptionBudgets"]).state).toBe("connecting");
  });
});
