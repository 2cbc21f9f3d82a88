import { Badge, type BadgeTone } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { TD, TH, THead, TR, Table } from "@/components/ui/table";
import { UtcTime } from "@/components/ui/utc-time";

export interface AuditRow {
  seq: number;
  at: string;
  actor: { kind: string; display: string; tokenId: string | null };
  action: string;
  target: { cluster: string | null; namespace: string | null; kind: string | null; name: string | null };
  reason: string | null;
  detail: string | null;
  sourceIp: string | null;
  outcome: string;
  before: unknown;
  after: unknown;
  hash: string;
}

const outcomeTone: Record<string, BadgeTone> = { succeeded: "green", failed: "amber", denied: "red", allowed: "neutral" };

function targetText(t: AuditRow["target"]): string {
  const where = [t.cluster, t.namespace].filter(Boolean).join("/");
  const what = [t.kind, t.name].filter(Boolean).join(" ");
  return [where, what].filter(Boolean).join(" · ") || "—";
}

function changeText(row: AuditRow): string | null {
  if (row.before === null && row.after === null) return null;
  return `${JSON.stringify(row.before)} → ${JSON.stringify(row.after)}`;
}

/** Audit records, newest first, each with its place in the chain. */
export function AuditTable({ records }: { records: AuditRow[] }) {
  if (records.length === 0) return <EmptyState title="No records match">Nothing Pier recorded matches these filters.</EmptyState>;
  return (
    <Table label="Audit records">
      <THead>
        <tr>
          <TH className="text-right">#</TH>
          <TH>Time</TH>
          <TH>Actor</TH>
          <TH>Action</TH>
          <TH>Target</TH>
          <TH>Outcome</TH>
          <TH>Details</TH>
        </tr>
      </THead>
      <tbody>
        {records.map((r) => (
          <TR key={r.seq}>
            <TD className="text-right font-mono text-xs text-zinc-500" title={`hash ${r.hash}`}>
              {r.seq}
            </TD>
            <TD className="text-xs">
              <UtcTime iso={r.at} />
            </TD>
            <TD>
              <div className="max-w-56 truncate" title={r.actor.display}>
                {r.actor.display}
              </div>
              <div className="text-xs text-zinc-500">
                {r.actor.kind === "token" ? "API token" : r.actor.kind}
                {r.sourceIp && ` · ${r.sourceIp}`}
              </div>
            </TD>
            <TD className="font-mono text-xs">{r.action}</TD>
            <TD className="text-xs">{targetText(r.target)}</TD>
            <TD>
              <Badge tone={outcomeTone[r.outcome] ?? "neutral"}>{r.outcome}</Badge>
            </TD>
            <TD className="max-w-md text-xs text-zinc-600 dark:text-zinc-400">
              {r.reason && <div>Reason: {r.reason}</div>}
              {r.detail && <div>{r.detail}</div>}
              {changeText(r) && <div className="truncate font-mono" title={changeText(r)!}>{changeText(r)}</div>}
            </TD>
          </TR>
        ))}
      </tbody>
    </Table>
  );
}
