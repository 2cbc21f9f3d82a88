import "server-only";
import type { ClusterResources } from "../cluster/cluster-resources";
import { workloadOfPod } from "../cluster/workload-containers";
import { digestSamples, type UsageSample } from "../history/day-digest";
import type { Db } from "../store/db";
import { mergeUsageDays } from "../store/usage-days";
import { seriesKeyOf, type SeriesIds, type SeriesKey } from "../store/usage-series";
import type { PrometheusClient } from "./prometheus-client";

// Day digests from Prometheus instead of Pier's own samples: per replica and 5 minutes, the CPU
// rate and the memory working set peak, read as range queries over the whole cluster (six hours
// per query), mapped to workloads and added to the digests advice reads.

const CONTAINERS = `container!="",container!="POD"`;
export const CPU_BY_POD = `sum by (namespace, pod, container) (rate(container_cpu_usage_seconds_total{${CONTAINERS}}[5m]))`;
export const MEMORY_BY_POD = `max by (namespace, pod, container) (max_over_time(container_memory_working_set_bytes{${CONTAINERS}}[5m]))`;
const CHUNK_S = 6 * 3600;

export interface PodBucket {
  namespace: string;
  pod: string;
  container: string;
  /** The bucket's first minute (the value at t covers t-5m..t). */
  minute: number;
  cpu: number;
  memory: number;
}

export async function readPrometheusBuckets(client: PrometheusClient, fromS: number, toS: number): Promise<PodBucket[]> {
  const out: PodBucket[] = [];
  for (let start = fromS; start <= toS; start += CHUNK_S) {
    const end = Math.min(toS, start + CHUNK_S - 300);
    const [cpu, memory] = await Promise.all([client.queryRange(CPU_BY_POD, start, end, 300), client.queryRange(MEMORY_BY_POD, start, end, 300)]);
    const mem = new Map<string, number>();
    for (const s of memory) for (const [t, v] of s.values) mem.set(`${s.labels.namespace}/${s.labels.pod}/${s.labels.container}/${t}`, v);
    for (const s of cpu) {
      const { namespace = "", pod = "", container = "" } = s.labels;
      for (const [t, v] of s.values) {
        const memoryBytes = mem.get(`${namespace}/${pod}/${container}/${t}`);
        if (memoryBytes !== undefined) out.push({ namespace, pod, container, minute: Math.round(t / 60) - 5, cpu: v * 1000, memory: memoryBytes });
      }
    }
  }
  return out;
}

/** Reads [fromS, toS] from the cluster's Prometheus into the day digests; returns the digests written. */
export async function ingestPrometheusRange(db: Db, resources: ClusterResources, series: SeriesIds, fromS: number, toS: number): Promise<number> {
  if (!resources.prometheus || toS < fromS) return 0;
  const buckets = await readPrometheusBuckets(resources.prometheus, fromS, toS);
  const keyed = buckets.map((b) => ({ key: { namespace: b.namespace, workload: workloadOfPod(resources.runtime.caches, b.namespace, b.pod), container: b.container } as SeriesKey, b }));
  const ids = await series.ensure(keyed.map((k) => k.key));
  const bySeries = new Map<number, UsageSample[]>();
  for (const { key, b } of keyed) {
    const id = ids.get(seriesKeyOf(key))!;
    let list = bySeries.get(id);
    if (!list) bySeries.set(id, (list = []));
    list.push({ minute: b.minute, cpuMean: b.cpu, memPeak: b.memory });
  }
  const additions = [...bySeries].flatMap(([seriesId, samples]) => [...digestSamples(samples).values()].map((digest) => ({ seriesId, digest })));
  await mergeUsageDays(db, additions);
  return additions.length;
}
