// Part 2 (usage and metrics, logs, exec) plugs into a cluster through extensions: each gets
// the cluster's context, its route registry (raw paths, subresources, API groups), the
// per-container hooks and the kubelet (to OOM-kill a container), before the server listens.
import type { ControllerManager } from "../controllers/controller-manager";
import type { ClusterContext } from "./context";

export interface ExtensionContext {
  cluster: ClusterContext;
  controllers: ControllerManager;
}

export interface SimExtension {
  name: string;
  install(ext: ExtensionContext): void | Promise<void>;
  /** Called on cluster stop: end processes, timers, sockets. */
  stop?(): void | Promise<void>;
}
