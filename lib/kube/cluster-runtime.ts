import type { ClusterConfig } from "./cluster-config-schema";
import { ChangeHub } from "./change-hub";
import { ingressesKind, type IngressRecord } from "./kinds/ingresses";
import { namespacesKind, type NamespaceRecord } from "./kinds/namespaces";
import { nginxRoutesKind, type NginxRoutesRecord } from "./kinds/nginx-routes";
import { podsKind, type PodRecord } from "./kinds/pods";
import { replicaSetsKind, type ReplicaSetRecord } from "./kinds/replica-sets";
import { servicesKind, type ServiceRecord } from "./kinds/services";
import { warningEventsKind, type WarningEventRecord } from "./kinds/warning-events";
import { deploymentsKind, statefulSetsKind, type WorkloadRecord } from "./kinds/workloads";
import { KubeRequestError, makeKubeConnection, type KubeConnection } from "./kube-connection";
import type { CacheKind, CachedObject } from "./watch-cache/cache-kind";
import { WatchCache } from "./watch-cache/watch-cache";

// Everything Pier holds for one cluster: its connection, one watch cache per kind, a version
// per namespace (bumped on any change in it, so read models can memoize) and its live changes.

export interface ClusterCaches {
  namespaces: WatchCache<NamespaceRecord>;
  deployments: WatchCache<WorkloadRecord>;
  statefulSets: WatchCache<WorkloadRecord>;
  replicaSets: WatchCache<ReplicaSetRecord>;
  pods: WatchCache<PodRecord>;
  services: WatchCache<ServiceRecord>;
  ingresses: WatchCache<IngressRecord>;
  warningEvents: WatchCache<WarningEventRecord>;
  nginxRoutes: WatchCache<NginxRoutesRecord>;
}

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
    const make = <T extends CachedObject>(kind: CacheKind<T>) =>
      new WatchCache(kind, this.connection, (ns) => this.noteChange(ns), () => this.noteState());
    this.caches = {
      namespaces: make(namespacesKind),
      deployments: make(deploymentsKind),
      statefulSets: make(statefulSetsKind),
      replicaSets: make(replicaSetsKind),
      pods: make(podsKind),
      services: make(servicesKind),
      ingresses: make(ingressesKind),
      warningEvents: make(warningEventsKind),
      nginxRoutes: make(nginxRoutesKind),
    };
  }

  get name(): string {
    return this.config.name;
  }

  /** Starts the watches once; later calls do nothing. */
  start(): this {
    if (this.started) return this;
    this.started = true;
    for (const cache of Object.values(this.caches)) cache.start();
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

  status(): ClusterStatus {
    const states = Object.values(this.caches).map((c) => c.state);
    const down = states.filter((s) => s.unreachableSince !== undefined);
    const synced = states.map((s) => s.lastSyncAt ?? 0);
    const lastSync = Math.max(...synced);
    const iso = (ms: number | undefined) => (ms ? new Date(ms).toISOString() : undefined);
    if (down.length > 0) {
      return { state: "unreachable", unreachableSince: iso(Math.min(...down.map((s) => s.unreachableSince!))), lastSyncAt: iso(lastSync), error: down[0]!.error };
    }
    return { state: states.every((s) => s.synced) ? "synced" : "connecting", lastSyncAt: iso(lastSync) };
  }

  /** Resolves once every cache has listed, the cluster turned out unreachable, or the time is up. */
  async whenSettled(timeoutMs: number): Promise<ClusterStatus> {
    this.start();
    const settled = () => this.status().state !== "connecting";
    if (!settled()) {
      await new Promise<void>((resolve) => {
        const done = () => (clearTimeout(timer), this.stateWaiters.delete(check), resolve());
        const check = () => settled() && done();
        const timer = setTimeout(done, timeoutMs);
        this.stateWaiters.add(check);
      });
    }
    return this.status();
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
