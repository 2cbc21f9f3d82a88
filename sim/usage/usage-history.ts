// GET /sim/usage: the usage profile of a pod's or a workload's containers over any past (or
// future) range, for seeding usage history in demos and tests. Same functions as the live
// metrics, so a range ending now matches what metrics.k8s.io and /metrics/cadvisor report.
//
//   /sim/usage?namespace=NS&pod=NAME|workload=NAME[&container=C][&from=T][&to=T][&step=S]
//
// from/to: RFC 3339 or unix seconds (default: the last hour); step: seconds or 30s/5m/1h
// (default 60s). cpuCores of a point is the mean over the step ending at it (what rate() gives),
// memoryBytes the working set at it.
import type { ClusterContext } from "../cluster/context";
import { toRfc3339 } from "../core/clock";
import { seedOf } from "../core/random";
import { badRequest, methodNotAllowed, notFound } from "../server/api-error";
import { sendJson } from "../server/respond";
import type { HttpRoute } from "../server/route-registry";
import type { Container, Pod, PodTemplate } from "../types/core";
import type { KObject } from "../types/meta";
import type { UsageModel } from "./container-usage";
import type { UsageProfile } from "./profile";
import { canExceedLimit, cpuAverage, leakCycleMs, memoryAt, memoryDemandAt } from "./usage-model";

const MAX_POINTS = 11_000;

interface Series {
  container: Container;
  profile: UsageProfile;
  /** Start of the run the leak counts from. */
  anchorMs: number;
}

export function parseTime(text: string | null, fallback: number, name: string): number {
  if (text === null || text === "") return fallback;
  const value = /^\d+(\.\d+)?$/.test(text) ? Number(text) * 1000 : Date.parse(text);
  if (!Number.isFinite(value)) throw badRequest(`invalid ${name} "${text}": use RFC 3339 or unix seconds`);
  return value;
}

export function parseStep(text: string | null): number {
  if (text === null || text === "") return 60;
  const m = /^(\d+)(s|m|h)?$/.exec(text);
  const seconds = m ? Number(m[1]) * { s: 1, m: 60, h: 3600 }[(m[2] ?? "s") as "s" | "m" | "h"] : NaN;
  if (!(seconds >= 1)) throw badRequest(`invalid step "${text}": use whole seconds (at least 1) or a duration like 30s, 5m, 1h`);
  return seconds;
}

function podSeries(model: UsageModel, pod: Pod): Series[] {
  return pod.spec.containers.map((container) => {
    const status = pod.status?.containerStatuses?.find((s) => s.name === container.name);
    const started = status?.state.running?.startedAt ?? status?.state.terminated?.startedAt ?? pod.metadata.creationTimestamp;
    return { container, profile: model.profileOf(pod, container), anchorMs: started ? Date.parse(started) : 0 };
  });
}

function workloadTemplate(ctx: ClusterContext, namespace: string, name: string): PodTemplate | undefined {
  for (const resource of ["deployments.apps", "statefulsets.apps", "jobs.batch"]) {
    const obj = ctx.store.get(resource, namespace, name)?.object as (KObject & { spec?: { template?: PodTemplate } }) | undefined;
    if (obj?.spec?.template) return obj.spec.template;
  }
  const cron = ctx.store.get("cronjobs.batch", namespace, name)?.object as (KObject & { spec?: { jobTemplate?: { spec?: { template?: PodTemplate } } } }) | undefined;
  return cron?.spec?.jobTemplate?.spec?.template;
}

/** Kills in range: every leak cycle ending (an idealized sawtooth), else upward crossings of the limit. */
function oomKills(s: Series, times: number[]): number[] {
  const limit = s.profile.memoryLimit;
  if (limit === undefined || !canExceedLimit(s.profile) || !times.length) return [];
  if (s.profile.leakPerSimSecond && s.profile.memory < limit) {
    const cycle = leakCycleMs(s.profile);
    const first = s.anchorMs + Math.ceil((times[0]! - s.anchorMs) / cycle) * cycle;
    const out: number[] = [];
    for (let t = first; t <= times[times.length - 1]! && out.length < MAX_POINTS; t += cycle) out.push(t);
    return out;
  }
  return times.filter((t, i) => memoryDemandAt(s.profile, t, s.anchorMs) >= limit && (i === 0 || memoryDemandAt(s.profile, times[i - 1]!, s.anchorMs) < limit));
}

export function serveUsageHistory(ctx: ClusterContext, model: UsageModel, route: HttpRoute): void {
  if ((route.req.method ?? "GET") !== "GET") throw methodNotAllowed();
  const q = route.url.searchParams;
  const namespace = q.get("namespace") ?? "";
  const podName = q.get("pod");
  const workload = q.get("workload");
  if (!namespace || (podName === null) === (workload === null)) throw badRequest("give namespace and exactly one of pod or workload");
  const now = ctx.clock.now();
  const to = parseTime(q.get("to"), now, "to");
  const from = parseTime(q.get("from"), to - 3600_000, "from");
  const stepS = parseStep(q.get("step"));
  if (to < from) throw badRequest(`"to" is before "from"`);
  const count = Math.floor((to - from) / (stepS * 1000)) + 1;
  if (count > MAX_POINTS) throw badRequest(`${count} points per container exceed the maximum of ${MAX_POINTS}: raise step or narrow the range`);

  let series: Series[];
  if (podName !== null) {
    const pod = ctx.store.get("pods", namespace, podName)?.object as Pod | undefined;
    if (!pod) throw notFound({ group: "", resource: "pods" }, podName);
    series = podSeries(model, pod);
  } else {
    const template = workloadTemplate(ctx, namespace, workload!);
    if (!template) throw notFound({ group: "apps", resource: "deployments" }, workload!);
    series = template.spec.containers.map((container) => {
      const profile = model.templateProfile(namespace, workload!, template, container);
      // The typical replica's run started at a seeded moment of the day (the leak's phase).
      return { container, profile, anchorMs: seedOf(namespace, workload!, container.name) % 86_400_000 };
    });
  }
  const wanted = q.get("container");
  if (wanted !== null) series = series.filter((s) => s.container.name === wanted);
  if (wanted !== null && !series.length) throw badRequest(`container ${wanted} is not valid for ${podName !== null ? "pod" : "workload"} ${podName ?? workload}`);

  const times = Array.from({ length: count }, (_, i) => Math.floor(from / 1000) * 1000 + i * stepS * 1000);
  const stepMs = stepS * 1000;
  sendJson(route.res, 200, {
    kind: "UsageHistory", apiVersion: "sim.pier.dev/v1", namespace, ...(podName !== null ? { pod: podName } : { workload }),
    from: toRfc3339(times[0]!), to: toRfc3339(times[times.length - 1]!), stepSeconds: stepS,
    containers: series.map((s) => ({
      name: s.container.name, profile: s.profile.kind,
      requests: s.container.resources?.requests ?? {}, limits: s.container.resources?.limits ?? {},
      points: times.map((t) => ({
        time: toRfc3339(t),
        cpuCores: Math.round(cpuAverage(s.profile, t - stepMs, t) * 1e6) / 1e6,
        memoryBytes: Math.round(memoryAt(s.profile, t, s.anchorMs)),
      })),
      oomKills: oomKills(s, times).map(toRfc3339),
    })),
  });
}
