import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startCluster, type RunningCluster, type StartClusterOptions } from "@/sim/index";
import { ClusterRuntime } from "../cluster-runtime";
import type { ClusterConfig } from "../cluster-config-schema";

// Integration tests: an embedded cluster in-process and a Pier ClusterRuntime watching it,
// exactly as Pier would through a kubeconfig file.

export interface TestCluster {
  sim: RunningCluster;
  runtime: ClusterRuntime;
  config: ClusterConfig;
  stop(): Promise<void>;
}

export async function startTestCluster(options: StartClusterOptions & { environment?: "staging" | "production" } = {}): Promise<TestCluster> {
  const dir = mkdtempSync(path.join(tmpdir(), "pier-kube-test-"));
  const name = options.name ?? "staging";
  const kubeconfigPath = path.join(dir, "kubeconfig");
  const sim = await startCluster({ timeScale: 50, ...options, name, kubeconfigPath });
  const config: ClusterConfig = { name, environment: options.environment ?? "staging", kubeconfig: kubeconfigPath, inCluster: false };
  const runtime = new ClusterRuntime(config).start();
  return {
    sim,
    runtime,
    config,
    async stop() {
      runtime.stop();
      await sim.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Polls until `check` returns without throwing (assertions inside), or fails with its last error. */
export async function eventually<T>(check: () => T | Promise<T>, timeoutMs = 5_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}
