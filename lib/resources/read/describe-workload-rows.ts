import { LABEL_BRANCH_SLUG, LABEL_ENVIRONMENT, LABEL_TEAM, ANNOTATION_BRANCH } from "@/lib/conventions/branch-environments";
import type { ClusterCaches } from "@/lib/kube/cluster-caches";
import { resourcesOfSpec } from "../advice/advise-container";
import { recommendResources } from "../advice/recommend-resources";
import { confidenceDays } from "../advice/summarize-usage";
import { aggregateUsage, type WorkloadContainer } from "../cluster/workload-containers";
import { containerFlags, figuresOf, riskOf } from "../live/container-flags";
import { seriesKeyOf } from "../store/usage-series";
import type { FlagDto, WorkloadResourcesRowDto } from "../types";
import type { ClusterHistory } from "./load-cluster-history";

// One SRE-view row per workload container: template resources, usage now (mean per replica),
// the recommendation, waste = (request - recommended) x replicas, and risk from the flags of its
// replicas plus OOM kills in the window.

function environmentOf(caches: ClusterCaches, namespace: string): Pick<WorkloadResourcesRowDto, "environment" | "branch"> {
  const ns = caches.namespaces.get("", namespace);
  const label = ns?.labels[LABEL_ENVIRONMENT];
  const environment = label === "branch" || label === "production" ? label : "other";
  return { environment, branch: ns?.annotations[ANNOTATION_BRANCH] ?? (environment === "branch" ? ns?.labels[LABEL_BRANCH_SLUG] : undefined) };
}

export function describeWorkloadRow(caches: ClusterCaches, c: WorkloadContainer, history: ClusterHistory, autoscaledOn: string[], usageKnown: boolean, nowMs: number): WorkloadResourcesRowDto {
  const spec = resourcesOfSpec(c.workload.containers.find((s) => s.name === c.container)!);
  const stored = history.series.get(seriesKeyOf({ namespace: c.namespace, workload: c.workload.name, container: c.container }));
  const digest = stored?.digest;
  const oomKills = stored?.oomKills ?? 0;
  const advice = recommendResources({ digest, ...spec, oomKills, autoscaledOn, workload: c.workload.name });
  const basis = digest && confidenceDays(digest) >= 1 ? { cpuP95: digest.cpu.p95, memoryPeak: digest.memoryPeak, days: digest.historyHours / 24 } : undefined;
  const flags = new Map<string, FlagDto>();
  for (const p of c.pods) {
    const r = p.state.resources ?? {};
    const usage = usageKnown ? p.usage : undefined;
    const input = { cpu: figuresOf(usage?.cpu, r.cpuRequestMilli, r.cpuLimitMilli), memory: figuresOf(usage?.memory, r.memoryRequestBytes, r.memoryLimitBytes), restarts: p.state.restartCount, lastTermination: p.state.lastTermination, nowMs, history: basis };
    for (const f of containerFlags(input)) flags.set(f.id, f);
  }
  if (!c.pods.length) for (const f of containerFlags({ cpu: figuresOf(undefined, spec.requests.cpu, spec.limits.cpu), memory: figuresOf(undefined, spec.requests.memory, spec.limits.memory), restarts: 0, nowMs })) flags.set(f.id, f);
  const list = [...flags.values()];
  const usage = usageKnown ? aggregateUsage(c.pods) : undefined;
  const recommended = { cpu: advice.cpu?.request.recommended, memory: advice.memory?.request.recommended };
  const replicas = c.workload.replicas;
  const waste = (request?: number, rec?: number) => (request !== undefined && rec !== undefined ? (request - rec) * replicas : undefined);
  return {
    namespace: c.namespace, ...environmentOf(caches, c.namespace), workload: c.workload.name, kind: c.workload.kind, container: c.container,
    team: c.workload.labels[LABEL_TEAM], replicas, requests: spec.requests, limits: spec.limits,
    usage: { cpu: usage?.cpuAvg, memory: usage?.memAvg }, recommended,
    waste: { cpu: waste(spec.requests.cpu, recommended.cpu), memory: waste(spec.requests.memory, recommended.memory) },
    risk: { score: riskOf(list) + (oomKills > 0 && !flags.has("oom-killed") ? 3 : 0), flags: list.map((f) => f.id) },
    severity: advice.severity, advice: advice.status, adviceReason: advice.reason ?? history.problem, oomKills,
  };
}
