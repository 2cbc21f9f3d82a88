import "server-only";
import { kubeErrorStatus, type KubeConnection } from "@/lib/kube/kube-connection";
import { parsePodMetrics, type UsageSnapshot } from "./parse-pod-metrics";

// One reader of metrics.k8s.io per cluster: every `intervalMs` it lists all pods' metrics in one
// request and keeps the snapshot; every page, API call and the sampler read that, none asks the
// cluster itself. When the cluster has no metrics API it keeps why, so pages say "usage
// unavailable" with the reason instead of showing zeros.

const PATH = "/apis/metrics.k8s.io/v1beta1/pods";

export interface UsageState {
  snapshot?: UsageSnapshot;
  /** Set while usage cannot be read; the snapshot, if any, is then stale. */
  unavailable?: { reason: string; since: number };
}

export function describeMetricsError(error: unknown): string {
  // By name, not instanceof: route bundles and the shared runtimes may hold different copies of the class.
  const status = kubeErrorStatus(error);
  const message = (error as Error).message;
  if (status === 404) return "this cluster serves no metrics.k8s.io API (is metrics-server installed?)";
  if (status === 403 || status === 401) return `Pier may not read metrics.k8s.io: ${message}`;
  if (status === 503) return `metrics-server does not answer: ${message}`;
  if (status) return `metrics.k8s.io answered ${status}: ${message}`;
  return `the cluster is unreachable: ${error instanceof Error ? error.message : String(error)}`;
}

export class MetricsPoller {
  readonly state: UsageState = {};
  private timer?: ReturnType<typeof setTimeout>;
  private inFlight?: Promise<void>;
  private listeners = new Set<() => void>();
  private started = false;

  constructor(
    private readonly connection: KubeConnection,
    private readonly intervalMs: number,
  ) {}

  /** Called after every poll that changed what is known. */
  onUpdate(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  start(): this {
    if (this.started) return this;
    this.started = true;
    const loop = () => {
      void this.poll().finally(() => {
        if (!this.started) return;
        this.timer = setTimeout(loop, this.intervalMs);
        this.timer.unref?.();
      });
    };
    loop();
    return this;
  }

  stop(): void {
    this.started = false;
    clearTimeout(this.timer);
  }

  /** The latest state; waits for the first poll (at most `waitMs`) when none has finished yet. */
  async current(waitMs = 5_000): Promise<UsageState> {
    this.start();
    if (!this.state.snapshot && !this.state.unavailable && this.inFlight) {
      await Promise.race([this.inFlight, new Promise((r) => setTimeout(r, waitMs).unref?.())]);
    }
    return this.state;
  }

  /** Polls now (shared with a poll already running). */
  poll(): Promise<void> {
    this.inFlight ??= this.fetch().finally(() => (this.inFlight = undefined));
    return this.inFlight;
  }

  private async fetch(): Promise<void> {
    try {
      const list = await this.connection.getJson<{ items?: [] }>(PATH, { timeoutMs: 20_000 });
      this.state.snapshot = parsePodMetrics(list, Date.now());
      this.state.unavailable = undefined;
    } catch (error) {
      this.state.unavailable = { reason: describeMetricsError(error), since: this.state.unavailable?.since ?? Date.now() };
    }
    for (const listener of this.listeners) listener();
  }
}
