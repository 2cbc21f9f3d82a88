import "server-only";
import type { OnDemandCache } from "@/lib/kube/cluster-caches";
import type { ClusterRuntime } from "@/lib/kube/cluster-runtime";
import { resourcesScaledOn } from "@/lib/kube/kinds/autoscalers";
import { MetricsPoller } from "../live/metrics-poller";
import { PrometheusClient } from "../prometheus/prometheus-client";

// What the resources area holds per cluster beside the cluster's own caches: the one
// metrics.k8s.io poller and the Prometheus client. HPAs, ResourceQuotas, LimitRanges and nodes
// are the cluster runtime's on-demand caches, started here on first use and shared with readiness.

export const resourcesCaches = ["autoscalers", "resourceQuotas", "limitRanges", "nodes"] as const satisfies OnDemandCache[];

export class ClusterResources {
  readonly poller: MetricsPoller;
  readonly prometheus?: PrometheusClient;

  constructor(
    readonly runtime: ClusterRuntime,
    pollMs: number,
  ) {
    this.poller = new MetricsPoller(runtime.connection, pollMs);
    this.poller.onUpdate(() => runtime.changes.noteUsage());
    if (runtime.config.prometheusUrl) this.prometheus = new PrometheusClient(runtime.config.prometheusUrl);
  }

  get name(): string {
    return this.runtime.name;
  }

  /** Starts (once each) the cluster's watches this area reads and the poller. */
  start(): this {
    this.runtime.use(...resourcesCaches);
    this.poller.start();
    return this;
  }

  /** Stops the poller; the caches are the cluster runtime's, stopped with it. */
  stop(): void {
    this.poller.stop();
  }

  /** Resources an HPA scales the workload on, for one container ("cpu", "memory"). */
  autoscaledOn(namespace: string, kind: string, workload: string, container: string): string[] {
    return this.runtime.caches.autoscalers
      .list(namespace)
      .filter((h) => h.targetKind === kind && h.targetName === workload)
      .flatMap((h) => resourcesScaledOn(h, container));
  }
}
