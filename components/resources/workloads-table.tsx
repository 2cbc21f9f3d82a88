import clsx from "clsx";
import { ArrowDown, ArrowUp, ArrowUpDown } from "lucide-react";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { TD, TH, THead, TR, Table } from "@/components/ui/table";
import type { FlagId, ResourceSort, WorkloadResourcesRowDto } from "@/lib/resources/types";
import { severityTone } from "./advice-card";
import { formatOf } from "./usage-figures";

// The SRE view's rows: per workload container, used now / request (limit) and the advised
// request, waste (request minus advised, all replicas), risk with its flags and the advice's
// severity. Headers sort on the server; a header may sort by more than one key.

const shortFlag: Record<FlagId, string> = {
  "oom-killed": "OOMKilled", "memory-near-limit": "mem near limit", "cpu-near-limit": "CPU near limit", "no-memory-limit": "no mem limit", "no-cpu-limit": "no CPU limit",
  "no-memory-request": "no mem request", "no-cpu-request": "no CPU request", "memory-above-request": "mem > request", "cpu-above-request": "CPU > request", "cpu-waste": "CPU waste", "memory-waste": "mem waste",
};

type SortProps = { sort: ResourceSort; direction: "asc" | "desc"; onSort: (key: ResourceSort) => void };

function SortHeader({ label, keys, sort, direction, onSort, className }: SortProps & { label: string; keys: Array<[ResourceSort, string]>; className?: string }) {
  const active = keys.some(([key]) => key === sort);
  return (
    <TH className={className} aria-sort={active ? (direction === "asc" ? "ascending" : "descending") : "none"}>
      <span className="inline-flex flex-wrap items-center gap-x-1.5">
        {keys.length > 1 && <span>{label}</span>}
        {keys.map(([key, name]) => {
          const Icon = sort !== key ? ArrowUpDown : direction === "asc" ? ArrowUp : ArrowDown;
          return (
            <button key={key} type="button" onClick={() => onSort(key)} className="inline-flex items-center gap-0.5 uppercase hover:text-zinc-900 dark:hover:text-zinc-100">
              {keys.length > 1 ? name : label}
              <Icon aria-hidden className={clsx("size-3", sort !== key && "opacity-40")} />
            </button>
          );
        })}
      </span>
    </TH>
  );
}

function Resource({ kind, r }: { kind: "cpu" | "memory"; r: WorkloadResourcesRowDto }) {
  const format = formatOf(kind);
  const show = (v?: number) => (v === undefined ? "—" : format(v));
  return (
    <div className="whitespace-nowrap text-xs tabular-nums">
      <strong className="font-semibold">{r.usage[kind] === undefined ? "n/a" : show(r.usage[kind])}</strong> / {r.requests[kind] === undefined ? <span className="text-amber-700 dark:text-amber-300">no req</span> : show(r.requests[kind])}{" "}
      <span className="text-zinc-500">({r.limits[kind] === undefined ? "no lim" : show(r.limits[kind])})</span>
      <div className="text-zinc-500">advice {show(r.recommended[kind])}</div>
    </div>
  );
}

const signed = (value: number | undefined, kind: "cpu" | "memory") => (value === undefined ? "—" : `${value < 0 ? "−" : ""}${formatOf(kind)(Math.abs(Math.round(value)))}`);

export function WorkloadsTable({ cluster, rows, ...sorting }: SortProps & { cluster: string; rows: WorkloadResourcesRowDto[] }) {
  return (
    <Table label="Workloads">
      <THead>
        <tr>
          <SortHeader label="Workload" keys={[["workload", "workload"]]} {...sorting} />
          <SortHeader label="Where" keys={[["namespace", "namespace"], ["team", "team"]]} {...sorting} />
          <TH>CPU used / req (lim)</TH>
          <TH>Memory used / req (lim)</TH>
          <SortHeader label="Waste" keys={[["waste", "both"], ["cpu-waste", "CPU"], ["memory-waste", "mem"]]} {...sorting} className="text-right" />
          <SortHeader label="Risk" keys={[["risk", "risk"]]} {...sorting} />
        </tr>
      </THead>
      <tbody>
        {rows.map((r) => (
          <TR key={`${r.namespace}/${r.workload}/${r.container}`}>
            <TD>
              {r.environment === "other" ? (
                <span className="font-medium">{r.workload}</span>
              ) : (
                <Link href={`/environments/${[cluster, r.namespace, r.workload].map(encodeURIComponent).join("/")}`} className="font-medium text-brand-700 hover:underline dark:text-brand-100">
                  {r.workload}
                </Link>
              )}
              <span className="ml-1 text-xs text-zinc-500">×{r.replicas}</span>
              {r.container !== r.workload && <div className="text-xs text-zinc-500">{r.container}</div>}
            </TD>
            <TD className="max-w-40">
              <div className="truncate font-mono text-xs" title={r.namespace}>{r.branch ?? r.namespace}</div>
              <div className="text-xs text-zinc-500">{r.team ?? "no team"}</div>
            </TD>
            <TD><Resource kind="cpu" r={r} /></TD>
            <TD><Resource kind="memory" r={r} /></TD>
            <TD className="whitespace-nowrap text-right text-xs tabular-nums">
              <div>CPU {signed(r.waste.cpu, "cpu")}</div>
              <div>mem {signed(r.waste.memory, "memory")}</div>
            </TD>
            <TD className="min-w-48">
              <div className="flex flex-wrap items-center gap-1">
                <span className="mr-0.5 text-xs font-semibold tabular-nums">{r.risk.score}</span>
                {r.risk.flags.map((f) => <span key={f} className="rounded bg-zinc-100 px-1 text-[11px] text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300">{shortFlag[f]}</span>)}
                {r.oomKills > 0 && <span className="text-[11px] text-red-700 dark:text-red-300">{r.oomKills.toLocaleString("en")} OOM kills in 14 d</span>}
              </div>
              <div className="mt-1">
                {r.advice === "advice" ? <Badge tone={severityTone[r.severity]}>advice: {r.severity}</Badge> : <span className="text-xs text-zinc-500" title={r.adviceReason}>no advice</span>}
              </div>
            </TD>
          </TR>
        ))}
      </tbody>
    </Table>
  );
}
