import type { ClusterRuntime } from "./cluster-runtime";

// The clusters Pier shows, in configuration order. Read models take this rather than a global,
// so tests hand them clusters they started themselves.
export interface Clusters {
  list(): ClusterRuntime[];
  find(name: string): ClusterRuntime | undefined;
}

export function clustersOf(runtimes: ClusterRuntime[]): Clusters {
  const byName = new Map(runtimes.map((r) => [r.name, r]));
  return { list: () => runtimes, find: (name) => byName.get(name) };
}
