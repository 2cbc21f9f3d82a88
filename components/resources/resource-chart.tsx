"use client";

import { CartesianGrid, ComposedChart, Line, ReferenceLine, ResponsiveContainer, Scatter, Tooltip, XAxis, YAxis, ZAxis } from "recharts";
import type { HistoryRange, UsageHistoryDto } from "@/lib/resources/types";
import { axisTicks } from "./chart-scale";
import { formatOf } from "./usage-figures";

// One resource of one container over time: usage (mean of the replicas) and its max, the
// request and the limit as lines, OOM kills (red triangles) and other restarts (grey dots) on
// top. The scale fits usage and request; a limit far above them is named rather than drawn, so
// the usage stays readable.

interface ChartPoint {
  t: number;
  usage?: number;
  max?: number;
  oom?: number;
  restarts?: number;
}

const utc = (t: number) => `${new Date(t).toISOString().slice(0, 16).replace("T", " ")} UTC`;
const timeLabel = (range: HistoryRange) => (t: number) => {
  const iso = new Date(t).toISOString();
  return range === "1h" || range === "24h" ? iso.slice(11, 16) : `${iso.slice(5, 10)} ${iso.slice(11, 13)}h`;
};

function PointTooltip({ active, payload, format }: { active?: boolean; payload?: Array<{ payload: ChartPoint }>; format: (n: number) => string }) {
  const point = active ? payload?.[0]?.payload : undefined;
  if (!point) return null;
  return (
    <div className="rounded-md border border-zinc-200 bg-white px-2.5 py-1.5 text-xs shadow-sm dark:border-zinc-700 dark:bg-zinc-900">
      <p className="font-medium">{utc(point.t)}</p>
      {point.usage !== undefined && <p>usage {format(point.usage)}{point.max !== undefined && ` · max ${format(point.max)}`}</p>}
      {point.oom ? <p className="text-red-600">{point.oom} OOM kill{point.oom > 1 ? "s" : ""}</p> : null}
      {point.restarts ? <p className="text-zinc-500">{point.restarts} restart{point.restarts > 1 ? "s" : ""}</p> : null}
    </div>
  );
}

export function ResourceChart({ kind, data }: { kind: "cpu" | "memory"; data: UsageHistoryDto }) {
  const format = formatOf(kind);
  const request = kind === "cpu" ? data.requests.cpu : data.requests.memory;
  const limit = kind === "cpu" ? data.limits.cpu : data.limits.memory;
  const byTime = new Map<number, ChartPoint>(data.points.map((p) => [p.t, { t: p.t, usage: kind === "cpu" ? p.cpuAvg : p.memAvg, max: kind === "cpu" ? p.cpuMax : p.memMax }]));
  for (const e of data.events) {
    const point = byTime.get(e.t) ?? { t: e.t };
    if (e.kind === "oom") point.oom = (point.oom ?? 0) + e.count;
    else point.restarts = (point.restarts ?? 0) + e.count;
    byTime.set(e.t, point);
  }
  const points = [...byTime.values()].sort((a, b) => a.t - b.t);
  const peak = Math.max(0, ...points.map((p) => p.max ?? p.usage ?? 0));
  let top = Math.max(peak, request ?? 0) * 1.15 || (limit ?? 1);
  const limitShown = limit !== undefined && limit <= top * 1.3;
  if (limitShown) top = Math.max(top, limit * 1.05);
  const ticks = axisTicks(kind, top);
  const yMax = ticks[ticks.length - 1]!;
  const marks = (which: "oom" | "restarts") => points.filter((p) => p[which]).map((p) => ({ ...p, mark: yMax * (which === "oom" ? 0.96 : 0.9) }));
  const ooms = marks("oom");
  const restarts = marks("restarts");
  const name = kind === "cpu" ? "CPU" : "Memory";
  const label = `${name} of ${data.container} over ${data.range}: usage and its max${request !== undefined ? `, request ${format(request)}` : ", no request"}${limit !== undefined ? `, limit ${format(limit)}` : ", no limit"}`;
  return (
    <figure className="rounded-lg border border-zinc-200 bg-white p-3 dark:border-zinc-800 dark:bg-zinc-900" data-chart={kind}>
      <figcaption className="mb-1 flex justify-between gap-2 text-xs text-zinc-600 dark:text-zinc-400">
        <span className="font-medium">{name}</span>
        {limit !== undefined && !limitShown && <span className="text-red-600">limit {format(limit)}, above the chart</span>}
        {limit === undefined && <span className="text-amber-700 dark:text-amber-300">no limit</span>}
      </figcaption>
      <div className="h-56 w-full" role="img" aria-label={label}>
        {data.points.length === 0 ? (
          <p className="flex h-full items-center justify-center text-sm text-zinc-500">No usage recorded in this range yet.</p>
        ) : (
          <ResponsiveContainer width="100%" height="100%">
            <ComposedChart data={points} margin={{ top: 8, right: 12, bottom: 0, left: 4 }}>
              <CartesianGrid strokeDasharray="3 3" stroke="currentColor" className="text-zinc-200 dark:text-zinc-800" vertical={false} />
              <XAxis dataKey="t" type="number" scale="time" domain={[Date.parse(data.from), Date.parse(data.to)]} tickFormatter={timeLabel(data.range)} tick={{ fontSize: 11 }} stroke="#a1a1aa" />
              <YAxis domain={[0, yMax]} ticks={ticks} tickFormatter={(v: number) => format(v)} tick={{ fontSize: 11 }} stroke="#a1a1aa" width={76} />
              <ZAxis range={[28, 28]} />
              <Tooltip content={<PointTooltip format={format} />} />
              {request !== undefined && <ReferenceLine y={request} stroke="#b45309" strokeDasharray="6 3" ifOverflow="extendDomain" label={{ value: `request ${format(request)}`, position: "insideBottomRight", fontSize: 11, fill: "#b45309" }} />}
              {limitShown && <ReferenceLine y={limit} stroke="#dc2626" label={{ value: `limit ${format(limit)}`, position: "insideTopRight", fontSize: 11, fill: "#dc2626" }} />}
              <Line type="monotone" dataKey="max" name="max" stroke="#93b4ef" strokeDasharray="3 3" dot={false} isAnimationActive={false} />
              <Line type="monotone" dataKey="usage" name="usage" stroke="#1f63db" strokeWidth={2} dot={false} isAnimationActive={false} />
              {ooms.length > 0 && <Scatter data={ooms} dataKey="mark" name="OOM kills" fill="#dc2626" shape="triangle" isAnimationActive={false} />}
              {restarts.length > 0 && <Scatter data={restarts} dataKey="mark" name="restarts" fill="#71717a" isAnimationActive={false} />}
            </ComposedChart>
          </ResponsiveContainer>
        )}
      </div>
    </figure>
  );
}
