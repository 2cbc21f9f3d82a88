"use client";

import { useQuery } from "@tanstack/react-query";
import { BookOpen, Layers, Lock } from "lucide-react";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Callout } from "@/components/ui/callout";
import { Panel } from "@/components/ui/panel";
import { serviceReadinessQuery } from "@/lib/queries/readiness";
import { ReadinessItemRow } from "./readiness-item-row";
import { ReadinessNotices } from "./readiness-notices";
import { ScoreHistoryChart } from "./score-history-chart";
import { formatScore, scoreTone } from "./score-tone";

const bar = { good: "bg-emerald-500", warn: "bg-amber-500", bad: "bg-red-500", neutral: "bg-zinc-300" } as Record<string, string>;

/** A service's readiness: score, level, history, and every item by standard. */
export function ServiceReadinessView({ service, canEdit, editRule }: { service: string; canEdit: boolean; editRule: string }) {
  const { data } = useQuery(serviceReadinessQuery(service));
  if (!data) return null;
  const toNext = data.nextLevel && data.score !== null ? data.nextLevel.minScore - data.score : null;
  return (
    <>
      <ReadinessNotices checklistError={data.checklistError} cluster={data.cluster} />
      <div className="grid gap-4 lg:grid-cols-[16rem_1fr]">
        <section aria-label="Score" className="rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900">
          <p className="text-xs text-zinc-500">Overall score</p>
          <p className="mt-1 flex items-baseline gap-2">
            <span data-testid="overall-score" className="text-4xl font-semibold tabular-nums">{formatScore(data.score)}</span>
            <span className="text-sm text-zinc-500">/ 100</span>
          </p>
          <p className="mt-2 flex items-center gap-2 text-sm">
            <Badge tone={scoreTone(data.score, data.levels)} data-testid="level">{data.level ?? "no level"}</Badge>
            {toNext !== null && data.nextLevel && <span className="text-zinc-500">{toNext} to {data.nextLevel.name}</span>}
          </p>
          <ul className="mt-4 space-y-1.5">
            {data.standards.map((s) => (
              <li key={s.id}>
                <a href={`#${s.id}`} className="flex items-center gap-2 text-xs hover:underline">
                  <span className="w-32 truncate text-zinc-600 dark:text-zinc-400">{s.title}</span>
                  <span className="h-1.5 flex-1 overflow-hidden rounded bg-zinc-100 dark:bg-zinc-800">
                    <span className={`block h-full ${bar[scoreTone(s.score, data.levels)]}`} style={{ width: `${s.score ?? 0}%` }} />
                  </span>
                  <span className="w-7 text-right tabular-nums">{formatScore(s.score)}</span>
                </a>
              </li>
            ))}
          </ul>
          <div className="mt-4 space-y-1 border-t border-zinc-200 pt-3 text-xs dark:border-zinc-800">
            {data.cluster.cluster && data.workload && (
              <Link href={`/environments/${data.cluster.cluster}/${data.cluster.namespace}/${service}`} className="flex items-center gap-1.5 text-brand-700 hover:underline dark:text-brand-100">
                <Layers aria-hidden className="size-3.5" /> {data.workload.kind} in {data.cluster.namespace}, {data.workload.replicas} replicas
              </Link>
            )}
            {[data.docs.runbook, data.docs.architecture, ...data.docs.other].filter((d) => d !== null).map((doc) => (
              <Link key={doc.href} href={doc.href} className="flex items-center gap-1.5 text-brand-700 hover:underline dark:text-brand-100">
                <BookOpen aria-hidden className="size-3.5" /> {doc.title}
              </Link>
            ))}
          </div>
        </section>
        <section aria-label="Score history" className="rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900">
          <p className="mb-2 text-xs text-zinc-500">Score over the last 90 days</p>
          <ScoreHistoryChart service={service} />
        </section>
      </div>
      {!canEdit && (
        <div className="mt-6">
          <Callout icon={Lock} title="You can read this checklist">{editRule}</Callout>
        </div>
      )}
      {data.standards.map((standard) => (
        <div key={standard.id} id={standard.id} className="mt-8 scroll-mt-16">
          <Panel
            title={`${standard.title} · ${formatScore(standard.score)}`}
            description={standard.description}
            actions={<span className="text-xs text-zinc-500 tabular-nums">{standard.earned} of {standard.possible} points</span>}
          >
            <ul className="divide-y divide-zinc-100 rounded-lg border border-zinc-200 bg-white dark:divide-zinc-800 dark:border-zinc-800 dark:bg-zinc-900">
              {standard.items.map((item) => (
                <ReadinessItemRow key={item.id} service={service} item={item} canEdit={canEdit} />
              ))}
            </ul>
          </Panel>
        </div>
      ))}
    </>
  );
}
