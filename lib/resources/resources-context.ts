import "server-only";
import { getPrisma } from "@/lib/db/client";
import type { ClusterRuntime } from "@/lib/kube/cluster-runtime";
import { getClusters } from "@/lib/kube/cluster-registry";
import type { Clusters } from "@/lib/kube/clusters";
import type { ClusterResources } from "./cluster/cluster-resources";
import { getClusterResources } from "./cluster/get-cluster-resources";
import { resourcesSettings } from "./resources-settings";
import { ensureResourceSamplers } from "./sampler/start-resource-samplers";
import type { Db } from "./store/db";

// What the resources read models need, handed in: Pier's clusters, database and settings here;
// tests and the bench build their own from clusters and databases they started.

export interface ResourcesContext {
  clusters: Clusters;
  resourcesOf(runtime: ClusterRuntime): ClusterResources;
  db: Db;
  manifestPattern: string;
  now(): number;
}

export function resourcesContext(): ResourcesContext {
  return {
    clusters: getClusters(),
    resourcesOf: (runtime) => {
      ensureResourceSamplers(); // the first read starts them, should instrumentation not have
      return getClusterResources(runtime);
    },
    get db() {
      return getPrisma(); // on use: live usage still answers when there is no database
    },
    manifestPattern: resourcesSettings().manifestPattern,
    now: Date.now,
  };
}
