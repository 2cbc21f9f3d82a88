"use client";

import clsx from "clsx";
import { ExternalLink } from "lucide-react";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { RelativeTime } from "@/components/ui/relative-time";
import { SortableTH } from "@/components/ui/sortable-header";
import { TD, THead, TR, Table } from "@/components/ui/table";
import type { EnvironmentSummaryDto } from "@/lib/environments/types";
import { formatBytes, formatCpu } from "@/lib/kube/quantity";
import type { SortDirection, SortKey } from "./environment-filters";
import { HealthSummary } from "./problem-badge";

const columns: Array<{ key: SortKey; label: string; className?: string }> = [
  { key: "environment", label: "Environment" },
  { key: "cluster", label: "Cluster" },
  { key: "health", label: "Health" },
  { key: "author", label: "Author" },
  { key: "commit", label: "Commit" },
  { key: "deployed", label: "Last deploy" },
  { key: "age", label: "Age" },
  { key: "cpu", label: "CPU", className: "text-right" },
  { key: "memory", label: "Memory", className: "text-right" },
];

export function EnvironmentsTable({ rows, sort, onSort, staleClusters }: { rows: EnvironmentSummaryDto[]; sort: { key: SortKey; direction: SortDirection }; onSort: (key: SortKey) => void; staleClusters: Set<string> }) {
  return (
    <Table label="Environments">
      <THead>
        <tr>
          {columns.map((c) => (
            <SortableTH key={c.key} label={c.label} className={c.className} active={sort.key === c.key} direction={sort.direction} onSort={() => onSort(c.key)} />
          ))}
        </tr>
      </THead>
      <tbody>
        {rows.map((env) => (
          <TR key={`${env.cluster}/${env.namespace}`} className={clsx(staleClusters.has(env.cluster) && "opacity-50")}>
            <TD>
              <Link href={`/environments/${env.cluster}/${env.namespace}`} className="font-medium text-brand-700 hover:underline dark:text-brand-100">
                {env.kind === "production" ? env.namespace : (env.branch ?? env.namespace)}
              </Link>
              {env.url && (
                <a href={env.url} target="_blank" rel="noreferrer" title={`Open ${env.url}`} aria-label={`Open ${env.url}`} className="ml-1.5 inline-block text-zinc-400 hover:text-brand-700">
                  <ExternalLink aria-hidden className="inline size-3.5" />
                </a>
              )}
              <div className="mt-0.5 flex items-center gap-1.5">
                {env.kind === "production" && <Badge tone="brand">production</Badge>}
                {env.terminating && <Badge tone="warn">Terminating</Badge>}
                {env.kind === "branch" && <span className="break-all font-mono text-[11px] text-zinc-500">{env.namespace}</span>}
              </div>
            </TD>
            <TD className="text-zinc-600 dark:text-zinc-400">{env.cluster}</TD>
            <TD>
              <HealthSummary services={env.services} problem={env.problem} />
            </TD>
            <TD title={env.author?.email}>{env.author?.name ?? env.author?.email ?? "—"}</TD>
            <TD className="font-mono text-xs" title={env.commit}>
              {env.commit?.slice(0, 7) ?? "—"}
            </TD>
            <TD>
              <RelativeTime iso={env.deployedAt} />
              {env.deployedBy && <div className="max-w-40 truncate text-xs text-zinc-500" title={env.deployedBy}>by {env.deployedBy}</div>}
            </TD>
            <TD>
              <RelativeTime iso={env.createdAt} age />
            </TD>
            <TD className="text-right tabular-nums">{formatCpu(env.requests.cpuMilli)}</TD>
            <TD className="whitespace-nowrap text-right tabular-nums">{formatBytes(env.requests.memoryBytes)}</TD>
          </TR>
        ))}
      </tbody>
    </Table>
  );
}
