// The in-process API of the embedded cluster, for tests and Pier's start script.
//
//   const cluster = await startCluster({ name: "staging", seed: "demo", port: 0, timeScale: 20 });
//   // cluster.url, cluster.token, cluster.kubeconfig (YAML), cluster.kubeconfigPath
//   await cluster.stop();
import { writeFileSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { createCluster, type Cluster } from "./cluster/cluster";
import type { ClusterContext } from "./cluster/context";
import type { SimExtension } from "./cluster/extension";
import { kubeconfigYaml } from "./cluster/kubeconfig";
import type { ControllerManager } from "./controllers/controller-manager";
import { execExtension } from "./exec/exec-extension";
import { logsExtension } from "./logs/logs-extension";
import { usageExtension } from "./usage/usage-extension";

/** Fresh instances of every part 2 module, for one cluster: usage and metrics, logs, exec. */
export function defaultExtensions(): SimExtension[] {
  return [usageExtension(), logsExtension(), execExtension()];
}

export interface StartClusterOptions {
  /** Cluster (and kubeconfig context) name. Default "sim". */
  name?: string;
  /** TCP port on 127.0.0.1; 0 picks a free one (default). */
  port?: number;
  /** "empty" (default), "demo", "production" or "scale:<namespaces>x<services>". */
  seed?: string;
  /** Directory for the state snapshot; objects survive restarts when set. */
  stateDir?: string;
  /** Simulated time runs this many times faster (delays, back-offs, deadlines). Default 1. */
  timeScale?: number;
  /** Where to write the kubeconfig (optional; the YAML is also returned). */
  kubeconfigPath?: string;
  /** HTTPS with a generated CA in the kubeconfig (default true); false serves plain HTTP. */
  tls?: boolean;
  /** Fixed bearer token (default: random, or the one saved in stateDir). */
  token?: string;
  /** Watch events kept for resuming watches; older resourceVersions get 410. Default 20000. */
  historyLimit?: number;
  /** Interval of BOOKMARK events on watches that allow them, real ms. Default 10000. */
  bookmarkIntervalMs?: number;
  /** Part 2 modules; default `defaultExtensions()` (usage and metrics, logs, exec). Pass [] for none. */
  extensions?: SimExtension[];
}

export interface RunningCluster {
  name: string;
  url: string;
  port: number;
  token: string;
  /** PEM of the cluster's CA (HTTPS clusters). */
  caPem?: string;
  /** kubeconfig YAML for this cluster. */
  kubeconfig: string;
  kubeconfigPath?: string;
  stop(): Promise<void>;
  /** Forgets watch history up to now: watches resuming from older versions get 410 Expired. */
  compactHistory(): void;
  /** Ends every open watch (as an apiserver restart would); clients reconnect. */
  closeWatches(): void;
  /** Internals for extensions and white-box tests. */
  context: ClusterContext;
  controllers: ControllerManager;
}

export async function startCluster(options: StartClusterOptions = {}): Promise<RunningCluster> {
  const name = options.name ?? "sim";
  const cluster: Cluster = await createCluster({
    name, port: options.port ?? 0, seed: options.seed ?? "empty", stateDir: options.stateDir, timeScale: options.timeScale ?? 1, tls: options.tls ?? true,
    token: options.token, historyLimit: options.historyLimit ?? 20_000, bookmarkIntervalMs: options.bookmarkIntervalMs ?? 10_000,
    extensions: options.extensions ?? defaultExtensions(),
  });
  const url = cluster.url;
  const kubeconfig = kubeconfigYaml(name, url, cluster.token, cluster.caPem);
  if (options.kubeconfigPath) {
    mkdirSync(dirname(options.kubeconfigPath), { recursive: true });
    writeFileSync(options.kubeconfigPath, kubeconfig, { mode: 0o600 });
  }
  return {
    name, url, port: cluster.port, token: cluster.token, caPem: cluster.caPem, kubeconfig, kubeconfigPath: options.kubeconfigPath,
    stop: cluster.stop,
    compactHistory: () => cluster.ctx.store.history.compact(cluster.ctx.store.rv),
    closeWatches: () => cluster.ctx.watches.closeAll(),
    context: cluster.ctx,
    controllers: cluster.controllers,
  };
}

export type { SimExtension, ExtensionContext } from "./cluster/extension";
export type { ClusterContext } from "./cluster/context";
export * as conventions from "./seed/conventions";
