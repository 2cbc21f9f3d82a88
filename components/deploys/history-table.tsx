import { Badge, type BadgeTone } from "@/components/ui/badge";
import { RelativeTime } from "@/components/ui/relative-time";
import { TD, TH, THead, TR, Table } from "@/components/ui/table";
import type { HistoryEntryDto } from "@/lib/deploy/history/history-types";

// Deploy history: who, when, what changed, why, and how it ended (audit outcome, then the
// revision's rollout while it is current).

const outcomeTone: Record<HistoryEntryDto["outcome"], BadgeTone> = { succeeded: "good", denied: "bad", failed: "bad", recorded: "neutral" };
const rolloutTone: Record<NonNullable<HistoryEntryDto["rollout"]>, BadgeTone> = { complete: "good", progressing: "warn", failed: "bad", paused: "neutral", superseded: "neutral" };

export function HistoryTable({ entries, showService }: { entries: HistoryEntryDto[]; showService?: boolean }) {
  if (entries.length === 0) return <p className="text-sm text-zinc-500">Nothing deployed here yet.</p>;
  return (
    <Table label="Deploy history">
      <THead>
        <tr>
          <TH>When</TH>
          <TH>Who</TH>
          <TH>Action</TH>
          {showService && <TH>Service</TH>}
          <TH>What changed</TH>
          <TH>Reason</TH>
          <TH>Outcome</TH>
        </tr>
      </THead>
      <tbody>
        {entries.map((e, i) => (
          <TR key={`${e.at}-${e.action}-${e.service ?? ""}-${i}`}>
            <TD className="whitespace-nowrap">
              <RelativeTime iso={e.at} />
            </TD>
            <TD className="max-w-44 truncate" title={e.actor}>
              {e.actor}
            </TD>
            <TD className="whitespace-nowrap">{e.action}</TD>
            {showService && <TD>{e.service ?? "all"}</TD>}
            <TD className="max-w-96 break-words font-mono text-xs">
              {e.summary}
              {e.revision !== undefined && <span className="ml-1 font-sans text-zinc-500">(revision {e.revision})</span>}
            </TD>
            <TD className="max-w-64 text-xs">{e.reason ?? "—"}</TD>
            <TD>
              <div className="flex flex-wrap gap-1">
                {e.outcome !== "recorded" && <Badge tone={outcomeTone[e.outcome]}>{e.outcome}</Badge>}
                {e.rollout && <Badge tone={rolloutTone[e.rollout]}>{e.rollout === "complete" ? "rolled out" : e.rollout}</Badge>}
              </div>
              {e.detail && <div className="mt-1 max-w-64 text-xs text-zinc-500">{e.detail}</div>}
            </TD>
          </TR>
        ))}
      </tbody>
    </Table>
  );
}
