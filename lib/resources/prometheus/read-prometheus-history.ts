import "server-only";
import type { HistoryPointDto } from "../types";
import { promRegex, promString, type PrometheusClient, type PromSeries } from "./prometheus-client";

// A workload container's usage over time from Prometheus (cAdvisor's metrics): CPU as
// rate(container_cpu_usage_seconds_total[step]) per replica (each point the mean over its step,
// as Pier's own rows are; at least 1m so a 15 s scrape interval gives it 4 samples), memory as
// container_memory_working_set_bytes; each as the mean over replicas and the max (memory's max
// with max_over_time across the step). Replicas are the pods named like the workload's.

function podPattern(workload: { name: string; kind: string }): string {
  const name = promRegex(workload.name);
  return workload.kind === "StatefulSet" ? `${name}-[0-9]+` : `${name}-[a-z0-9]+-[a-z0-9]+`;
}

export function historyQueries(target: { namespace: string; workload: { name: string; kind: string }; container: string }, stepSeconds: number) {
  const selector = `namespace="${promString(target.namespace)}",pod=~"${podPattern(target.workload)}",container="${promString(target.container)}"`;
  const window = `${Math.max(stepSeconds, 60)}s`;
  const cpuPerPod = `sum by (pod) (rate(container_cpu_usage_seconds_total{${selector}}[${window}]))`;
  return {
    cpuAvg: `avg(${cpuPerPod}) * 1000`,
    cpuMax: `max(${cpuPerPod}) * 1000`,
    memAvg: `avg(sum by (pod) (container_memory_working_set_bytes{${selector}}))`,
    memMax: `max(max_over_time(container_memory_working_set_bytes{${selector}}[${window}]))`,
  };
}

export async function readPrometheusHistory(client: PrometheusClient, target: { namespace: string; workload: { name: string; kind: string }; container: string }, fromS: number, toS: number, stepSeconds: number): Promise<HistoryPointDto[]> {
  const queries = historyQueries(target, stepSeconds);
  const names = Object.keys(queries) as Array<keyof typeof queries>;
  const answers = await Promise.all(names.map((n) => client.queryRange(queries[n], fromS, toS, stepSeconds)));
  const points = new Map<number, HistoryPointDto>();
  answers.forEach((series: PromSeries[], i) => {
    for (const [t, v] of series[0]?.values ?? []) {
      const point = points.get(t) ?? { t: t * 1000 };
      point[names[i]!] = v;
      points.set(t, point);
    }
  });
  return [...points.values()].sort((a, b) => a.t - b.t);
}
