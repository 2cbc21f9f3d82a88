import "server-only";
import { env } from "@/lib/env";
import { ClusterRuntime } from "./cluster-runtime";
import { clustersOf, type Clusters } from "./clusters";
import { loadClusterConfigs } from "./load-cluster-configs";

// One ClusterRuntime (KubeConfig, agent, watch caches) per configured cluster for the whole
// process. Kept on globalThis: Next.js may load this module once per route bundle, and dev
// reloads would otherwise start a second set of watches.
const globalKey = Symbol.for("pier.clusters");
type WithClusters = typeof globalThis & { [globalKey]?: Clusters };

/** The configured clusters; their watches start on first use. */
export function getClusters(): Clusters {
  const holder = globalThis as WithClusters;
  holder[globalKey] ??= clustersOf(loadClusterConfigs(env).map((config) => new ClusterRuntime(config)));
  return holder[globalKey];
}
