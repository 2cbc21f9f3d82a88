import "server-only";
import type { ClusterRuntime } from "@/lib/kube/cluster-runtime";
import { autoscalersKind, type AutoscalerRecord } from "@/lib/kube/kinds/autoscalers";
import { nodesKind, type NodeRecord } from "@/lib/kube/kinds/nodes";
import { limitRangesKind, resourceQuotasKind, type LimitRangeRecord, type ResourceQuotaRecord } from "@/lib/kube/kinds/resource-quotas";
import type { CacheKind, CachedObject } from "@/lib/kube/watch-cache/cache-kind";
import { WatchCache } from "@/lib/kube/watch-cache/watch-cache";
import { MetricsPoller } from "../live/metrics-poller";
import { PrometheusClient } from "../prometheus/prometheus-client";

// What the resources area holds per cluster, beside the cluster's own caches: the one
// metrics.k8s.io poller, and watch caches of HPAs, ResourceQuotas, LimitRanges and nodes on the
// cluster's one connection. Kept apart from ClusterRuntime so a cluster that forbids listing
// these still shows its environments; a change in them is a change of its namespace (live).

export class ClusterResources {
  readonly poller: MetricsPoller;
  readonly autoscalers: WatchCache<AutoscalerRecord>;
  readonly quotas: WatchCache<ResourceQuotaRecord>;
  readonly limitRanges: WatchCache<LimitRangeRecord>;
  readonly nodes: WatchCache<NodeRecord>;
  readonly prometheus?: PrometheusClient;
  private started = false;

  constructor(
    readonly runtime: ClusterRuntime,
    pollMs: number,
  ) {
    this.poller = new MetricsPoller(runtime.connection, pollMs);
    this.poller.onUpdate(() => runtime.changes.noteUsage());
    const make = <T extends CachedObject>(kind: CacheKind<T>) => new WatchCache(kind, runtime.connection, (ns) => runtime.changes.noteNamespace(ns), () => {});
    this.autoscalers = make(autoscalersKind);
    this.quotas = make(resourceQuotasKind);
    this.limitRanges = make(limitRangesKind);
    this.nodes = make(nodesKind);
    if (runtime.config.prometheusUrl) this.prometheus = new PrometheusClient(runtime.config.prometheusUrl);
  }

  get name(): string {
    return this.runtime.name;
  }

  start(): this {
    if (this.started) return this;
    this.started = true;
    this.runtime.start();
    this.poller.start();
    for (const cache of [this.autoscalers, this.quotas, this.limitRanges, this.nodes]) cache.start();
    return this;
  }

  stop(): void {
    this.started = false;
    this.poller.stop();
    for (const cache of [this.autoscalers, this.quotas, this.limitRanges, this.nodes]) cache.stop();
  }

  /** Resources an HPA scales the workload on, for one container ("cpu", "memory"). */
  autoscaledOn(namespace: string, kind: string, workload: string, container: string): string[] {
    return this.autoscalers
      .list(namespace)
      .filter((h) => h.targetKind === kind && h.targetName === workload)
      .flatMap((h) => h.resources.filter((r) => !r.container || r.container === container).map((r) => r.name));
  }
}
