import { formatBytes, formatCpu } from "@/lib/kube/quantity";
import type { ServiceUsageCellDto } from "@/lib/resources/types";
import { FlagList } from "./flag-list";

const show = (value: number | undefined, format: (n: number) => string) => (value === undefined ? "—" : format(value));

/** A service's resources in one table cell: per replica, used now / request (limit), CPU and memory. */
export function ServiceUsageCell({ cell, unavailable }: { cell?: ServiceUsageCellDto; unavailable?: string }) {
  if (!cell) return <span className="text-xs text-zinc-500">—</span>;
  const line = (name: string, used: number | undefined, request: number | undefined, limit: number | undefined, format: (n: number) => string) => (
    <div className="whitespace-nowrap tabular-nums">
      <span className="text-zinc-500">{name}</span> {unavailable ? <span className="italic text-zinc-500" title={unavailable}>unavailable</span> : <strong className="font-semibold">{show(used, format)}</strong>} /{" "}
      {request === undefined ? <span className="text-amber-700 dark:text-amber-300">no req</span> : format(request)} <span className="text-zinc-500">({limit === undefined ? "no lim" : format(limit)})</span>
    </div>
  );
  return (
    <div className="text-xs" data-usage-cell={cell.service}>
      {line("CPU", cell.usage.cpu, cell.requests.cpu, cell.limits.cpu, formatCpu)}
      {line("mem", cell.usage.memory, cell.requests.memory, cell.limits.memory, formatBytes)}
      {cell.flags.length > 0 && (
        <div className="mt-1">
          <FlagList flags={cell.flags} compact />
        </div>
      )}
    </div>
  );
}
