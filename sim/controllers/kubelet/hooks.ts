// The per-container seam for part 2 (usage, OOM kills, logs, exec): modules register hooks to
// learn when containers start and stop, and may end a container themselves through the
// kubelet's terminateContainer (an OOM kill: exitCode 137, reason "OOMKilled").
import type { Pod } from "../../types/core";

export interface ContainerEvent {
  pod: Pod;
  container: string;
  /** Wall-clock start of this run of the container (RFC 3339). */
  startedAt: string;
  restartCount: number;
}

export interface ContainerHooks {
  onContainerStarted?(event: ContainerEvent): void;
  onContainerStopped?(event: ContainerEvent & { exitCode: number; reason: string }): void;
  /** The pod is gone from the store (deleted, or its namespace was). */
  onPodRemoved?(namespace: string, name: string, uid: string): void;
}

export interface Termination {
  exitCode: number;
  reason: string;
  message?: string;
}

export class HookRegistry {
  private hooks: ContainerHooks[] = [];

  add(hooks: ContainerHooks): void {
    this.hooks.push(hooks);
  }

  started(event: ContainerEvent): void {
    for (const h of this.hooks) h.onContainerStarted?.(event);
  }

  stopped(event: ContainerEvent & { exitCode: number; reason: string }): void {
    for (const h of this.hooks) h.onContainerStopped?.(event);
  }

  removed(namespace: string, name: string, uid: string): void {
    for (const h of this.hooks) h.onPodRemoved?.(namespace, name, uid);
  }
}
