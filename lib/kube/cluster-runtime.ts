import type { ClusterConfig } from "./cluster-config-schema";
import { ChangeHub } from "./change-hub";
import { coreCaches, makeClusterCaches, type CacheName, type ClusterCaches, type OnDemandCache } from "./cluster-caches";
import { KubeRequestError, makeKubeConnection, type KubeConnection } from "./kube-connection";

// Everything Pier holds for one cluster: its connection, one watch cache per kind (core kinds
// from start(), the others from use()), a version per namespace (bumped on any change in it, so
// read models can memoize) and its live changes.

export interface ClusterStatus {
  state: "connecting" | "synced" | "unreachable";
  lastSyncAt?: string;
  unreachableSince?: string;
  error?: string;
}

/** A connection that cannot be made (bad kubeconfig): every request fails with why, so the cluster shows as unreachable. */
function brokenConnection(reason: string): KubeConnection {
  const fail = () => Promise.reject(new KubeRequestError(reason));
  return { kubeConfig: undefined as never, server: "", open: fail, getJson: fail, send: fail, close: () => {} };
}

export class ClusterRuntime {
  readonly connection: KubeConnection;
  readonly caches: ClusterCaches;
  readonly changes: ChangeHub;
  private readonly versions = new Map<string, number>();
  private started = false;
  private readonly stateWaiters = new Set<() => void>();

  constructor(readonly config: ClusterConfig) {
    this.changes = new ChangeHub(config.name);
    try {
      this.connection = makeKubeConnection(config);
    } catch (error) {
      this.connection = brokenConnection(`cluster ${config.name}: ${error instanceof Error ? error.message : String(error)}`);
    }
    this.caches = makeClusterCaches(this.connection, { onChange: (ns) => this.noteChange(ns), onState: () => this.noteState() });
  }

  get name(): string {
    return this.config.name;
  }

  /** Starts the core watches once; later calls do nothing. */
  start(): this {
    if (this.started) return this;
    this.started = true;
    for (const name of coreCaches) this.caches[name].start();
    return this;
  }

  /** Starts the cluster and these on-demand watches (each once, however many areas ask). */
  use(...names: OnDemandCache[]): this {
    this.start();
    for (const name of names) this.caches[name].start();
    return this;
  }

  stop(): void {
    for (const cache of Object.values(this.caches)) cache.stop();
    this.connection.close();
    this.started = false;
  }

  /** Changes with every cache event in the namespace; read models memoize on it. */
  namespaceVersion(namespace: string): number {
    return this.versions.get(namespace) ?? 0;
  }

  /** The cluster's status: that of its core caches, or of the caches named. */
  status(names: readonly CacheName[] = coreCaches): ClusterStatus {
    const states = names.map((name) => this.caches[name].state);
    const down = states.filter((s) => s.unreachableSince !== undefined);
    const synced = states.map((s) => s.lastSyncAt ?? 0);
    const lastSync = Math.max(...synced);
    const iso = (ms: number | undefined) => (ms ? new Date(ms).toISOString() : undefined);
    if (down.length > 0) {
      return { state: "unreachable", unreachableSince: iso(Math.min(...down.map((s) => s.unreachableSince!))), lastSyncAt: iso(lastSync), error: down[0]!.error };
    }
    return { state: states.every((s) => s.synced) ? "synced" : "connecting", lastSyncAt: iso(lastSync) };
  }

  /** Resolves once every cache (core, or those named) has listed, the cluster turned out unreachable, or the time is up. */
  async whenSettled(timeoutMs: number, names: readonly CacheName[] = coreCaches): Promise<ClusterStatus> {
    this.start();
    const settled = () => this.status(names).state !== "connecting";
    if (!settled()) {
      await new Promise<void>((resolve) => {
        const done = () => (clearTimeout(timer), this.stateWaiters.delete(check), resolve());
        const check = () => settled() && done();
        const timer = setTimeout(done, timeoutMs);
        this.stateWaiters.add(check);
      });
    }
    return this.status(names);
  }

  private noteChange(namespace: string): void {
    this.versions.set(namespace, (this.versions.get(namespace) ?? 0) + 1);
    this.changes.noteNamespace(namespace);
  }

  private noteState(): void {
    this.changes.noteStatus();
    for (const check of [...this.stateWaiters]) check();
  }
}
