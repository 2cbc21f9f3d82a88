import clsx from "clsx";
import { formatBytes, formatCpu } from "@/lib/kube/quantity";
import type { FiguresDto } from "@/lib/resources/types";

// Usage against request and limit as plain numbers first ("85m used · request 100m · limit
// 200m"), a bar to see it at a glance, and the ratios only beside the numbers they come from.

export const formatOf = (kind: "cpu" | "memory") => (kind === "cpu" ? formatCpu : formatBytes);
const pct = (fraction?: number) => (fraction === undefined ? undefined : `${Math.round(fraction * 100)} %`);

export function UsageBar({ figures, label }: { figures: FiguresDto; label: string }) {
  const { usage, request, limit } = figures;
  const scale = Math.max(limit ?? 0, request ?? 0, usage ?? 0) * 1.08 || 1;
  const at = (value: number) => `${Math.min(100, (value / scale) * 100)}%`;
  const tone = usage === undefined ? "" : limit !== undefined && usage >= limit * 0.9 ? "bg-red-500" : request !== undefined && usage > request ? "bg-amber-500" : "bg-emerald-500";
  return (
    <div role="img" aria-label={label} className="relative mt-1 h-2 w-full min-w-24 rounded-full bg-zinc-100 dark:bg-zinc-800">
      {usage !== undefined && <div className={clsx("absolute inset-y-0 left-0 rounded-full", tone)} style={{ width: at(usage) }} />}
      {request !== undefined && <div className="absolute -inset-y-0.5 w-0.5 bg-zinc-700 dark:bg-zinc-200" style={{ left: at(request) }} />}
      {limit !== undefined && <div className="absolute -inset-y-1 w-0.5 bg-red-600" style={{ left: at(limit) }} />}
    </div>
  );
}

export function UsageFigures({ kind, figures, unavailable }: { kind: "cpu" | "memory"; figures: FiguresDto; unavailable?: boolean }) {
  const format = formatOf(kind);
  const name = kind === "cpu" ? "CPU" : "memory";
  const { usage, request, limit } = figures;
  const ratios = [pct(figures.ofRequest) && `${pct(figures.ofRequest)} of request`, pct(figures.ofLimit) && `${pct(figures.ofLimit)} of limit`].filter(Boolean);
  const spoken = `${name}: ${usage === undefined ? "usage unavailable" : `${format(usage)} used`}, request ${request === undefined ? "none" : format(request)}, limit ${limit === undefined ? "none" : format(limit)}`;
  return (
    <div className="min-w-40 text-xs" data-figures={kind}>
      <div className="flex flex-wrap items-baseline gap-x-2">
        {usage === undefined ? (
          <span className="text-zinc-500 italic">{unavailable ? "usage unavailable" : "not running"}</span>
        ) : (
          <span className="text-sm font-semibold tabular-nums text-zinc-900 dark:text-zinc-100">{format(usage)}</span>
        )}
        <span className="tabular-nums text-zinc-600 dark:text-zinc-400">
          req {request === undefined ? <span className="text-amber-700 dark:text-amber-300">none</span> : format(request)} · lim{" "}
          {limit === undefined ? <span className="text-amber-700 dark:text-amber-300">none</span> : format(limit)}
        </span>
      </div>
      <UsageBar figures={figures} label={spoken} />
      {ratios.length > 0 && <div className="mt-0.5 tabular-nums text-zinc-500">{ratios.join(" · ")}</div>}
    </div>
  );
}
