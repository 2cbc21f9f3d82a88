// Everything a request handler or controller can reach in one cluster.
import type { RouteRegistry } from "../server/route-registry";
import type { WriterContext } from "../registry/writer-context";
import type { WatchHub } from "../api/watch-hub";

export interface ClusterOptions {
  /** How often watches with allowWatchBookmarks get a BOOKMARK (real ms). */
  bookmarkIntervalMs: number;
}

export interface ClusterContext extends WriterContext {
  name: string;
  routes: RouteRegistry;
  watches: WatchHub;
  options: ClusterOptions;
}
