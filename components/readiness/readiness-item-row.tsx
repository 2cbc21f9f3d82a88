"use client";

import { ExternalLink } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { RelativeTime } from "@/components/ui/relative-time";
import type { MarkView, ReadinessItemDto } from "@/lib/readiness/types";
import { ItemActions } from "./item-actions";
import { StatusBadge } from "./status-badge";

function MarkLine({ mark, prefix }: { mark: MarkView; prefix: string }) {
  return (
    <p className="mt-0.5 text-xs text-zinc-600 dark:text-zinc-400" data-testid="mark">
      {prefix} by <span className="font-medium">{mark.byName}</span> <RelativeTime iso={mark.at} />
      {mark.expiresAt && <> · until {mark.expiresAt.slice(0, 10)}</>}
      {mark.evidenceUrl && (
        <>
          {" · "}
          <a href={mark.evidenceUrl} target="_blank" rel="noreferrer" className="inline-flex items-center gap-0.5 text-brand-700 hover:underline dark:text-brand-100">
            evidence <ExternalLink aria-hidden className="size-3" />
          </a>
        </>
      )}
      {mark.evidenceNote && <> · “{mark.evidenceNote}”</>}
      {mark.reason && <> · “{mark.reason}”</>}
    </p>
  );
}

/** One checklist item: its state and reason, who ticked it with what evidence, and the controls for who may. */
export function ReadinessItemRow({ service, item, canEdit }: { service: string; item: ReadinessItemDto; canEdit: boolean }) {
  // The mark line says who ticked or exempted it; "open" needs no words.
  const quiet = item.status === "open" || item.status === "ticked" || item.status === "exempt";
  return (
    <li className="flex gap-3 px-4 py-2.5" data-item={item.id} data-status={item.status} aria-label={item.title}>
      <div className="pt-0.5">
        <StatusBadge status={item.status} />
      </div>
      <div className="min-w-0 flex-1">
        <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
          <span className="font-medium">{item.title}</span>
          <Badge tone="neutral" title="Weight in the score">×{item.weight}</Badge>
          {item.kind === "automatic" && <Badge tone="brand" title="Evaluated by Pier from the production cluster">auto: {item.check}</Badge>}
          <details className="group text-sm open:basis-full [&_summary::-webkit-details-marker]:hidden">
            <summary className="cursor-pointer list-none text-xs text-zinc-500 hover:text-zinc-800 dark:hover:text-zinc-200">why &amp; how</summary>
            <div className="mt-1 max-w-2xl text-zinc-700 dark:text-zinc-300">
              <p><span className="font-medium">Why: </span>{item.why}</p>
              <p className="mt-1"><span className="font-medium">How: </span>{item.how}</p>
              {item.staleAfterDays && <p className="mt-1 text-xs text-zinc-500">A tick turns stale after {item.staleAfterDays} days.</p>}
            </div>
          </details>
        </div>
        {!quiet && <p className="mt-0.5 text-sm text-zinc-700 dark:text-zinc-300" data-testid="reason">{item.reason}</p>}
        {item.mark && <MarkLine mark={item.mark} prefix={item.mark.kind === "tick" ? "Ticked" : "Exempted"} />}
        {item.expiredExemption && <MarkLine mark={item.expiredExemption} prefix="Exemption expired; it was given" />}
        {canEdit && <ItemActions service={service} item={item} />}
      </div>
    </li>
  );
}
