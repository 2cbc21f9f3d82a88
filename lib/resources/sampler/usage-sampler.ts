import "server-only";
import type { ClusterResources } from "../cluster/cluster-resources";
import { aggregateUsage, workloadContainers, workloadNamespaces, type WorkloadContainer } from "../cluster/workload-containers";
import { ingestPrometheusRange } from "../prometheus/ingest-prometheus-usage";
import { minuteOf, type Db } from "../store/db";
import { mergeUsageDays } from "../store/usage-days";
import { insertUsageRows, rollUpFiveMinutes, type UsageRow } from "../store/usage-rows";
import { SeriesIds, seriesKeyOf } from "../store/usage-series";
import { holdJobLease, releaseJobLease } from "@/lib/deploy/lifecycle/job-lease";
import { pruneUsage, type Retention } from "../store/prune-usage";
import { FiveMinuteAccumulator } from "./five-minute-accumulator";
import { terminationsOf } from "./terminations-of";
import { recordTerminations } from "../store/container-terminations";

// The usage sampler of one cluster. Every `sampleMinutes` the process holding the cluster's lease
// (a job lease, "usage-sampler:<cluster>", shared with Pier's other scheduled jobs) records each workload container's usage from the shared metrics
// snapshot (raw rows), rolls closed 5-minute buckets up, adds each replica's 5-minute means to
// the day digests advice reads, records container terminations, and prunes hourly. With
// Prometheus it records no samples (history is PromQL) but still feeds the digests from it.

export interface SamplerOptions {
  db: Db;
  /** Unique per process: who holds the lease. */
  holder: string;
  sampleMinutes: number;
  retention: Retention;
  now?: () => number;
}

export interface TickResult {
  leader: boolean;
  rows: number;
  digested: number;
  terminations: number;
}

const BUCKET = 5;

/** The job lease of a cluster's sampler (the backfill runs under it too). */
export const samplerLease = (cluster: string) => `usage-sampler:${cluster}`;

export class UsageSampler {
  private readonly series: SeriesIds;
  private readonly pending = new FiveMinuteAccumulator();
  private readonly recorded = new Set<string>();
  private lastClosedBucket?: number;
  private lastPruneHour = -1;
  private timer?: ReturnType<typeof setTimeout>;
  private running = false;
  private busy?: Promise<unknown>;

  constructor(
    private readonly resources: ClusterResources,
    private readonly options: SamplerOptions,
  ) {
    this.series = new SeriesIds(options.db, resources.name);
  }

  private now(): number {
    return this.options.now?.() ?? Date.now();
  }

  /** Ticks at every sampleMinutes boundary (plus a few seconds, after the poll), until stopped. */
  start(): this {
    if (this.running) return this;
    this.running = true;
    const period = this.options.sampleMinutes * 60_000;
    const schedule = () => {
      if (!this.running) return;
      const wait = period - (this.now() % period) + 5_000;
      this.timer = setTimeout(() => {
        this.busy = this.tick().catch((error: unknown) => console.error(`[pier] resources: sampling ${this.resources.name} failed:`, error instanceof Error ? error.message : error));
        void this.busy.finally(schedule);
      }, wait);
      this.timer.unref?.();
    };
    schedule();
    return this;
  }

  async stop(): Promise<void> {
    this.running = false;
    clearTimeout(this.timer);
    await this.busy;
    await releaseJobLease(samplerLease(this.resources.name), this.options.holder).catch(() => undefined);
  }

  async tick(nowMs = this.now()): Promise<TickResult> {
    const { db, holder, sampleMinutes } = this.options;
    if (!(await holdJobLease(samplerLease(this.resources.name), holder, sampleMinutes * 60_000 * 3))) {
      this.pending.clear(); // another process samples: what we held is theirs to write
      this.lastClosedBucket = undefined;
      return { leader: false, rows: 0, digested: 0, terminations: 0 };
    }
    const minute = Math.floor(minuteOf(nowMs) / sampleMinutes) * sampleMinutes;
    const bucket = Math.floor(minute / BUCKET) * BUCKET;
    const { caches } = this.resources.runtime;
    const state = this.resources.prometheus ? undefined : await this.currentUsage(nowMs);
    const containers = workloadContainers(caches, state?.snapshot, workloadNamespaces(caches));
    const ids = await this.series.ensure(containers.map((c) => ({ namespace: c.namespace, workload: c.workload.name, container: c.container })));
    const idOf = (c: WorkloadContainer) => ids.get(seriesKeyOf({ namespace: c.namespace, workload: c.workload.name, container: c.container }))!;

    let rows = 0;
    if (state?.snapshot && !state.unavailable) rows = await this.recordSamples(containers, idOf, minute);
    const terminations = terminationsOf(containers, idOf).filter((t) => !this.recorded.has(`${t.seriesId}/${t.pod}/${t.minute}`));
    await recordTerminations(db, terminations);
    for (const t of terminations) this.recorded.add(`${t.seriesId}/${t.pod}/${t.minute}`);

    const digested = await this.closeBuckets(bucket);
    const hour = Math.floor(minute / 60);
    if (hour !== this.lastPruneHour) {
      this.lastPruneHour = hour;
      await pruneUsage(db, nowMs, this.options.retention);
    }
    return { leader: true, rows, digested, terminations: terminations.length };
  }

  /** The poller's snapshot, polled again when older than a sample period. */
  private async currentUsage(nowMs: number) {
    const state = await this.resources.poller.current();
    const age = state.snapshot ? nowMs - state.snapshot.observedAt : Infinity;
    if (age > this.options.sampleMinutes * 60_000 && this.options.now === undefined) await this.resources.poller.poll();
    return this.resources.poller.state;
  }

  private async recordSamples(containers: WorkloadContainer[], idOf: (c: WorkloadContainer) => number, minute: number): Promise<number> {
    const rows: UsageRow[] = [];
    for (const c of containers) {
      const usage = aggregateUsage(c.pods);
      if (!usage) continue;
      const seriesId = idOf(c);
      rows.push({ seriesId, minute, cpuAvg: usage.cpuAvg, cpuMax: usage.cpuMax, memAvg: usage.memAvg, memMax: usage.memMax });
      for (const p of c.pods) if (p.usage) this.pending.add(seriesId, p.pod.name, minute, p.usage.cpu, p.usage.memory);
    }
    await insertUsageRows(this.options.db, "usage_raw", rows);
    return rows.length;
  }

  /** Rolls closed 5-minute buckets up and adds them to the day digests. */
  private async closeBuckets(currentBucket: number): Promise<number> {
    const { db } = this.options;
    const from = this.lastClosedBucket ?? currentBucket - BUCKET;
    if (from >= currentBucket) return 0;
    this.lastClosedBucket = currentBucket;
    if (this.resources.prometheus) {
      // The value at a bucket's end covers it (rate over 5m); at most an hour after a gap.
      const start = Math.max(from, currentBucket - 60);
      return ingestPrometheusRange(db, this.resources, this.series, (start + BUCKET) * 60, currentBucket * 60);
    }
    await rollUpFiveMinutes(db, from, currentBucket);
    const digests = this.pending.drainBefore(currentBucket);
    await mergeUsageDays(db, digests);
    return digests.length;
  }
}
