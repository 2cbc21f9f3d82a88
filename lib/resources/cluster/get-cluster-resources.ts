import "server-only";
import type { ClusterRuntime } from "@/lib/kube/cluster-runtime";
import { resourcesSettings } from "../resources-settings";
import { ClusterResources } from "./cluster-resources";

// One ClusterResources per cluster for the whole process (on globalThis, like the clusters).
const key = Symbol.for("pier.resources.clusters");
type Holder = typeof globalThis & { [key]?: Map<string, ClusterResources> };

export function getClusterResources(runtime: ClusterRuntime): ClusterResources {
  const holder = globalThis as Holder;
  const all = (holder[key] ??= new Map());
  let resources = all.get(runtime.name);
  if (!resources || resources.runtime !== runtime) all.set(runtime.name, (resources = new ClusterResources(runtime, resourcesSettings().pollMs)));
  return resources.start();
}
