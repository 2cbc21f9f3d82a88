import "server-only";
import type { ClusterResources } from "../cluster/cluster-resources";
import type { Termination } from "../store/container-terminations";
import { listTerminations } from "../store/container-terminations";
import { minuteOf, type Db } from "../store/db";
import { readUsagePoints } from "../store/usage-rows";
import { findWorkloadSeries } from "../store/usage-series";
import { readPrometheusHistory } from "../prometheus/read-prometheus-history";
import type { HistoryEventDto, HistoryPointDto, HistoryRange } from "../types";

// Chart data for one workload container and range: from Pier's tables (raw rows for the last
// hour, 5-minute rows beyond) or from Prometheus, at most ~700 points, with the terminations
// of the range grouped per step (OOM kills and other restarts).

export const RANGE_SPECS: Record<HistoryRange, { minutes: number; stepSeconds: number }> = {
  "1h": { minutes: 60, stepSeconds: 60 },
  "24h": { minutes: 1440, stepSeconds: 300 },
  "7d": { minutes: 7 * 1440, stepSeconds: 900 },
  "14d": { minutes: 14 * 1440, stepSeconds: 1800 },
};

export interface HistoryTarget {
  namespace: string;
  workload: { name: string; kind: string };
  container: string;
}

export interface History {
  source: "pier" | "prometheus";
  stepSeconds: number;
  points: HistoryPointDto[];
  events: HistoryEventDto[];
}

export function groupEvents(terminations: Termination[], stepSeconds: number): HistoryEventDto[] {
  const groups = new Map<string, HistoryEventDto>();
  for (const t of terminations) {
    const kind = t.reason === "OOMKilled" ? "oom" : "restart";
    const at = Math.floor((t.minute * 60) / stepSeconds) * stepSeconds * 1000;
    const key = `${at}/${kind}`;
    const group = groups.get(key) ?? { t: at, kind, count: 0, reasons: [], pods: [] };
    group.count++;
    if (!group.reasons.includes(t.reason)) group.reasons.push(t.reason);
    if (t.pod && !group.pods.includes(t.pod) && group.pods.length < 5) group.pods.push(t.pod);
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => a.t - b.t);
}

export async function readUsageHistory(db: Db, resources: ClusterResources, target: HistoryTarget, range: HistoryRange, nowMs: number): Promise<History> {
  const spec = RANGE_SPECS[range];
  const to = minuteOf(nowMs);
  const from = to - spec.minutes;
  const series = (await findWorkloadSeries(db, resources.name, target.namespace, target.workload.name)).find((s) => s.container === target.container);
  const terminations = series ? await listTerminations(db, series.id, from, to) : [];
  if (resources.prometheus) {
    const toS = Math.floor(nowMs / 1000); // up to now: the latest point is the freshest
    const points = await readPrometheusHistory(resources.prometheus, target, toS - spec.minutes * 60, toS, spec.stepSeconds);
    return { source: "prometheus", stepSeconds: spec.stepSeconds, points, events: groupEvents(terminations, spec.stepSeconds) };
  }
  const stepMinutes = spec.stepSeconds / 60;
  const rows = series ? await readUsagePoints(db, range === "1h" ? "usage_raw" : "usage_5m", series.id, from, to, stepMinutes) : [];
  const points = rows.map((r) => ({ t: r.minute * 60_000, cpuAvg: r.cpuAvg, cpuMax: r.cpuMax, memAvg: r.memAvg, memMax: r.memMax }));
  return { source: "pier", stepSeconds: spec.stepSeconds, points, events: groupEvents(terminations, spec.stepSeconds) };
}
