"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { scoreHistoryQuery } from "@/lib/queries/readiness";

const day = (ms: number) => new Date(ms).toISOString().slice(5, 10);

/** The service's overall score over time, with the level thresholds drawn across. */
export function ScoreHistoryChart({ service, days = 90 }: { service: string; days?: number }) {
  const { data } = useQuery(scoreHistoryQuery(service, days));
  const [now] = useState(() => Date.now());
  const points = (data?.points ?? []).filter((p) => p.score !== null).map((p) => ({ t: Date.parse(p.at), score: p.score }));
  if (!data) return <div className="h-48" />;
  if (points.length === 0) return <p className="text-sm text-zinc-500">No history yet: Pier records a point whenever the score changes, and daily.</p>;
  const series = [...points, { t: now, score: points[points.length - 1]!.score }];
  return (
    <div className="h-52 w-full" aria-label={`${service} score over the last ${days} days`} role="img">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={series} margin={{ top: 8, right: 56, bottom: 0, left: -16 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="currentColor" className="text-zinc-200 dark:text-zinc-800" vertical={false} />
          <XAxis dataKey="t" type="number" scale="time" domain={[Math.min(series[0]!.t, now - 7 * 86_400_000), now]} tickFormatter={day} tick={{ fontSize: 11 }} stroke="#a1a1aa" />
          <YAxis domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} tick={{ fontSize: 11 }} stroke="#a1a1aa" />
          {data.levels.map((level) => (
            <ReferenceLine key={level.name} y={level.minScore} stroke="#a1a1aa" strokeDasharray="4 4" label={{ value: level.name, position: "right", fontSize: 11, fill: "#71717a" }} />
          ))}
          <Tooltip labelFormatter={(t) => new Date(Number(t)).toISOString().slice(0, 16).replace("T", " ") + " UTC"} formatter={(v) => [v, "score"]} />
          <Line type="stepAfter" dataKey="score" stroke="#1f63db" strokeWidth={2} dot={{ r: 2 }} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
