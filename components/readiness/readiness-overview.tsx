"use client";

import { useQuery } from "@tanstack/react-query";
import clsx from "clsx";
import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { Field, Select } from "@/components/ui/input";
import { Sparkline } from "@/components/ui/sparkline";
import { TD, TH, THead, TR, Table } from "@/components/ui/table";
import { readinessOverviewQuery } from "@/lib/queries/readiness";
import { ReadinessNotices } from "./readiness-notices";
import { formatScore, scoreTone } from "./score-tone";

const cellTone = { good: "bg-emerald-50 text-emerald-800 dark:bg-emerald-500/10 dark:text-emerald-300", warn: "bg-amber-50 text-amber-800 dark:bg-amber-500/10 dark:text-amber-300", bad: "bg-red-50 text-red-700 dark:bg-red-500/10 dark:text-red-300" } as Record<string, string>;

/** Services x standards, worst first, filterable by team (kept in the URL). */
export function ReadinessOverview({ team }: { team: string }) {
  const { data } = useQuery(readinessOverviewQuery());
  const router = useRouter();
  const pathname = usePathname();
  if (!data) return null;
  const rows = data.rows.filter((r) => !team || r.team === team);
  const setTeam = (value: string) => router.replace(value ? `${pathname}?team=${encodeURIComponent(value)}` : pathname, { scroll: false });

  return (
    <>
      <ReadinessNotices checklistError={data.checklistError} cluster={data.cluster} />
      <div className="mb-4 flex flex-wrap items-end justify-between gap-4">
        <Field label="Team" className="w-56">
          <Select value={team} onChange={(e) => setTeam(e.target.value)} aria-label="Filter by team">
            <option value="">All teams</option>
            {data.teams.map((t) => (
              <option key={t} value={t}>{t}</option>
            ))}
          </Select>
        </Field>
        <p className="text-xs text-zinc-500">
          Levels: {data.levels.map((l) => `${l.name} ≥ ${l.minScore}`).join(" · ")}. Judged against {data.cluster.cluster ?? "no cluster"}/{data.cluster.namespace}.
        </p>
      </div>
      <Table label="Readiness by service and standard">
        <THead>
          <tr>
            <TH>Service</TH>
            <TH>Score</TH>
            {data.standards.map((s) => (
              <TH key={s.id} className="px-1 text-center" title={s.title}>
                <span className="inline-block w-14 truncate align-bottom text-[11px] normal-case">{s.title}</span>
              </TH>
            ))}
            <TH className="text-right">To do</TH>
            <TH>30 days</TH>
          </tr>
        </THead>
        <tbody>
          {rows.map((row) => (
            <TR key={row.service}>
              <TD>
                <Link href={`/readiness/${row.service}`} className="font-medium whitespace-nowrap text-brand-700 hover:underline dark:text-brand-100">{row.service}</Link>
                <div className="text-xs text-zinc-500">{row.team ?? "no team"}</div>
              </TD>
              <TD className="whitespace-nowrap">
                <Badge tone={scoreTone(row.score, data.levels)} className="tabular-nums" data-testid="score">{formatScore(row.score)}</Badge>
                <span className="ml-1.5 text-xs text-zinc-500">{row.level ?? "no level"}</span>
              </TD>
              {data.standards.map((s) => {
                const score = row.standards[s.id] ?? null;
                return (
                  <TD key={s.id} className="px-1 py-2 text-center">
                    <Link
                      href={`/readiness/${row.service}#${s.id}`}
                      aria-label={`${row.service} ${s.title}: ${formatScore(score)}`}
                      className={clsx("block rounded px-1 py-1 text-xs font-medium tabular-nums", cellTone[scoreTone(score, data.levels)] ?? "text-zinc-400")}
                    >
                      {formatScore(score)}
                    </Link>
                  </TD>
                );
              })}
              <TD className="text-right tabular-nums">{row.todo}</TD>
              <TD>
                <span className="flex items-center gap-2">
                  <Sparkline values={row.trend} label={`${row.service} score over 30 days`} />
                  {row.change !== null && row.change !== 0 && (
                    <span className={clsx("text-xs tabular-nums", row.change > 0 ? "text-emerald-700 dark:text-emerald-400" : "text-red-700 dark:text-red-400")}>
                      {row.change > 0 ? "+" : ""}
                      {row.change}
                    </span>
                  )}
                </span>
              </TD>
            </TR>
          ))}
        </tbody>
      </Table>
      {rows.length === 0 && <p className="mt-4 text-sm text-zinc-500">No service{team ? ` of team ${team}` : ""} to show.</p>}
    </>
  );
}
