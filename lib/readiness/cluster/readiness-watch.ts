import type { KubeConnection } from "@/lib/kube/kube-connection";
import { WatchCache } from "@/lib/kube/watch-cache/watch-cache";
import type { CacheKind, CachedObject } from "@/lib/kube/watch-cache/cache-kind";
import { readinessKinds } from "./readiness-kinds";
import type { AutoscalerRecord, DisruptionBudgetRecord, ReadinessWorkload } from "./readiness-records";

// The production objects readiness reads, kept live: four list+watch caches (Deployments,
// StatefulSets, PDBs, HPAs) of ONE namespace, built on lib/kube's WatchCache and the cluster's
// existing connection. Environments' caches hold no selectors, probes' hooks, PDBs or HPAs,
// hence these; they are namespaced, so they cost the production namespace, not the cluster.

export interface ServiceObjects {
  workload: ReadinessWorkload | null;
  disruptionBudgets: DisruptionBudgetRecord[];
  autoscalers: AutoscalerRecord[];
}

export interface WatchStatus {
  state: "connecting" | "synced" | "unreachable";
  unreachableSince?: string;
  error?: string;
}

export class ReadinessWatch {
  readonly deployments: WatchCache<ReadinessWorkload>;
  readonly statefulSets: WatchCache<ReadinessWorkload>;
  readonly disruptionBudgets: WatchCache<DisruptionBudgetRecord>;
  readonly autoscalers: WatchCache<AutoscalerRecord>;
  private listeners = new Set<() => void>();
  private started = false;

  constructor(
    readonly cluster: string,
    readonly namespace: string,
    connection: KubeConnection,
  ) {
    const kinds = readinessKinds(namespace);
    const make = <T extends CachedObject>(kind: CacheKind<T>) => new WatchCache(kind, connection, () => this.notify(), () => this.notify());
    this.deployments = make(kinds.deployments);
    this.statefulSets = make(kinds.statefulSets);
    this.disruptionBudgets = make(kinds.disruptionBudgets);
    this.autoscalers = make(kinds.autoscalers);
  }

  private get caches() {
    return [this.deployments, this.statefulSets, this.disruptionBudgets, this.autoscalers];
  }

  start(): this {
    if (!this.started) for (const cache of this.caches) cache.start();
    this.started = true;
    return this;
  }

  stop(): void {
    for (const cache of this.caches) cache.stop();
    this.started = false;
  }

  /** Called on every change of the watched objects (and of reachability). */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  status(): WatchStatus {
    const states = this.caches.map((c) => c.state);
    const down = states.find((s) => s.unreachableSince !== undefined);
    if (down) return { state: "unreachable", unreachableSince: new Date(down.unreachableSince!).toISOString(), error: down.error };
    return { state: states.every((s) => s.synced) ? "synced" : "connecting" };
  }

  /** Resolves once every cache listed (or the cluster proved unreachable, or time ran out). */
  async whenSettled(timeoutMs: number): Promise<WatchStatus> {
    this.start();
    const deadline = Date.now() + timeoutMs;
    while (this.status().state === "connecting" && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
    return this.status();
  }

  /** The Deployments and StatefulSets of the namespace: the services readiness knows. */
  workloads(): ReadinessWorkload[] {
    const byName = new Map<string, ReadinessWorkload>();
    for (const w of [...this.statefulSets.list(this.namespace), ...this.deployments.list(this.namespace)]) byName.set(w.name, w);
    return [...byName.values()].sort((a, b) => a.name.localeCompare(b.name));
  }

  objectsOf(service: string): ServiceObjects {
    return {
      workload: this.deployments.get(this.namespace, service) ?? this.statefulSets.get(this.namespace, service) ?? null,
      disruptionBudgets: this.disruptionBudgets.list(this.namespace),
      autoscalers: this.autoscalers.list(this.namespace),
    };
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}
