// GET /metrics/cadvisor: the kubelet's cAdvisor endpoint in Prometheus text format, for every
// running container of the cluster (one scrape target for all nodes), with cAdvisor's labels.
// container_cpu_usage_seconds_total is the integral of the CPU profile since the container
// started (it resets on restart, as cAdvisor's does); samples carry the time they describe.
import type { ClusterContext } from "../cluster/context";
import type { HttpRoute } from "../server/route-registry";
import type { Pod } from "../types/core";
import { sampleOf, type RunningContainer, type UsageModel } from "./container-usage";

const FAMILIES = [
  ["container_cpu_usage_seconds_total", "counter", "Cumulative cpu time consumed in seconds."],
  ["container_memory_working_set_bytes", "gauge", "Current working set in bytes."],
  ["container_spec_memory_limit_bytes", "gauge", "Memory limit for the container."],
  ["container_start_time_seconds", "gauge", "Start time of the container since unix epoch in seconds."],
] as const;

const escapeLabel = (value: string) => value.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n");

/** cgroupfs path of a container, as cAdvisor's `id` label shows it. */
function cgroupOf(pod: Pod, containerId: string): string {
  const qos = (pod.status?.qosClass ?? "BestEffort").toLowerCase();
  return `/kubepods${qos === "guaranteed" ? "" : `/${qos}`}/pod${pod.metadata.uid}/${containerId}`;
}

function labelsOf(c: RunningContainer): string {
  const id = (c.status.containerID ?? "").replace(/^[a-z]+:\/\//, "");
  const labels: Array<[string, string]> = [
    ["container", c.container.name], ["id", cgroupOf(c.pod, id)], ["image", c.status.image], ["name", id],
    ["namespace", c.pod.metadata.namespace ?? ""], ["pod", c.pod.metadata.name ?? ""],
  ];
  return labels.map(([k, v]) => `${k}="${escapeLabel(v)}"`).join(",");
}

export function renderCadvisor(ctx: ClusterContext, model: UsageModel, now: number): string {
  const lines: string[][] = FAMILIES.map(([name, type, help]) => [`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`]);
  for (const stored of ctx.store.list("pods")) {
    for (const c of model.running(stored.object as Pod)) {
      const sample = sampleOf(c, now);
      if (!sample) continue;
      const labels = labelsOf(c);
      lines[0]!.push(`container_cpu_usage_seconds_total{${labels},cpu="total"} ${sample.cpuSeconds.toFixed(6)} ${now}`);
      lines[1]!.push(`container_memory_working_set_bytes{${labels}} ${Math.round(sample.memory)} ${now}`);
      lines[2]!.push(`container_spec_memory_limit_bytes{${labels}} ${Math.round(c.profile.memoryLimit ?? 0)} ${now}`);
      lines[3]!.push(`container_start_time_seconds{${labels}} ${(c.startedMs / 1000).toFixed(0)} ${now}`);
    }
  }
  return `${lines.map((family) => family.join("\n")).join("\n")}\n`;
}

export function serveCadvisor(ctx: ClusterContext, model: UsageModel, route: HttpRoute): void {
  const body = renderCadvisor(ctx, model, ctx.clock.now());
  route.res.writeHead(200, { "Content-Type": "text/plain; version=0.0.4; charset=utf-8", "Content-Length": Buffer.byteLength(body), "Cache-Control": "no-cache, private" });
  route.res.end(body);
}
