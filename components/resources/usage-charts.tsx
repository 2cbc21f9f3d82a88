"use client";

import { useQuery } from "@tanstack/react-query";
import clsx from "clsx";
import { useState } from "react";
import { usageHistoryQuery } from "@/lib/queries/resources";
import { historyRanges, type HistoryRange } from "@/lib/resources/types";
import { ResourceChart } from "./resource-chart";

/** A container's CPU and memory charts with the range to show (1h, 24h, 7d, 14d). */
export function UsageCharts({ cluster, namespace, service, container, source }: { cluster: string; namespace: string; service: string; container: string; source: "pier" | "prometheus" }) {
  const [range, setRange] = useState<HistoryRange>("24h");
  const { data, error } = useQuery(usageHistoryQuery(cluster, namespace, service, container, range));
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div role="group" aria-label={`Range of ${container}'s charts`} className="inline-flex rounded-md border border-zinc-300 dark:border-zinc-700">
          {historyRanges.map((r) => (
            <button
              key={r}
              type="button"
              aria-pressed={r === range}
              onClick={() => setRange(r)}
              className={clsx("px-2.5 py-1 text-xs font-medium first:rounded-l-md last:rounded-r-md", r === range ? "bg-brand-600 text-white" : "text-zinc-600 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800")}
            >
              {r}
            </button>
          ))}
        </div>
        <p className="text-xs text-zinc-500">
          <span className="text-brand-700 dark:text-brand-100">━</span> usage (mean of replicas) · <span className="text-brand-300">┅</span> max · <span className="text-amber-700">╌</span> request · <span className="text-red-600">━</span> limit ·{" "}
          <span className="text-red-600">▲</span> OOM kill · <span className="text-zinc-500">●</span> restart · from {source === "prometheus" ? "Prometheus" : "Pier's samples"}
        </p>
      </div>
      {error && <p className="text-sm text-red-700 dark:text-red-300">{error.message}</p>}
      {data ? (
        <div className="grid gap-3 lg:grid-cols-2">
          <ResourceChart kind="cpu" data={data} />
          <ResourceChart kind="memory" data={data} />
        </div>
      ) : (
        !error && <div className="h-64 animate-pulse rounded-lg bg-zinc-100 dark:bg-zinc-800/50" />
      )}
    </div>
  );
}
