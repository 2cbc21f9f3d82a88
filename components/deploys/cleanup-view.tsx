"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Callout } from "@/components/ui/callout";
import { Panel } from "@/components/ui/panel";
import { RelativeTime } from "@/components/ui/relative-time";
import { TD, TH, THead, TR, Table } from "@/components/ui/table";
import type { CleanupCandidateDto } from "@/lib/deploy/lifecycle/plan-cleanup";
import { cleanupQuery } from "@/lib/queries/deploys";

function CandidatesTable({ rows, label }: { rows: CleanupCandidateDto[]; label: string }) {
  if (rows.length === 0) return <p className="text-sm text-zinc-500">None.</p>;
  return (
    <Table label={label}>
      <THead>
        <tr>
          <TH>Environment</TH>
          <TH>Owner</TH>
          <TH>Last deploy</TH>
          <TH>Expires</TH>
        </tr>
      </THead>
      <tbody>
        {rows.map((c) => (
          <TR key={`${c.cluster}/${c.namespace}`}>
            <TD>
              <Link className="font-medium text-brand-700 hover:underline dark:text-brand-100" href={`/environments/${c.cluster}/${c.namespace}`}>
                {c.branch ?? c.namespace}
              </Link>
              <div className="flex flex-wrap items-center gap-1.5 font-mono text-[11px] text-zinc-500">
                {c.cluster}/{c.namespace}
                {c.purpose && <Badge>{c.purpose}</Badge>}
                {c.terminating && <Badge tone="warn">Terminating</Badge>}
              </div>
            </TD>
            <TD>{c.owner ?? "—"}</TD>
            <TD>
              <RelativeTime iso={c.lastDeployAt} />
            </TD>
            <TD>
              <RelativeTime iso={c.expiresAt} /> {c.annotated ? <Badge tone="brand">pier.dev/expires-at</Badge> : <span className="text-xs text-zinc-500">computed</span>}
            </TD>
          </TR>
        ))}
      </tbody>
    </Table>
  );
}

/** The cleanup's dry run, refreshed live with the environments. */
export function CleanupView() {
  const { data } = useQuery(cleanupQuery());
  if (!data) return null;
  const expired = data.candidates.filter((c) => c.expired);
  const later = data.candidates.filter((c) => !c.expired);
  const { schedule } = data;
  return (
    <div className="flex flex-col gap-4">
      <Callout tone={schedule.lastError ? "bad" : "info"} title={schedule.running ? `Runs every ${schedule.intervalMinutes} minutes` : schedule.intervalMinutes === 0 ? "Automatic cleanup is off (PIER_CLEANUP_INTERVAL_MINUTES=0)" : "Not started in this process yet"}>
        {schedule.nextRunAt && <span className="block">Next round <RelativeTime iso={schedule.nextRunAt} /> (one Pier process at a time does it).</span>}
        {schedule.lastRun && <span className="block">Last round here <RelativeTime iso={schedule.lastRun.at} />: deleted {schedule.lastRun.deleted.join(", ") || "nothing"}.</span>}
        {schedule.lastError && <span className="block">Last error: {schedule.lastError}</span>}
      </Callout>
      <Panel title={`Would be deleted now (${expired.length})`} description="Expired: the next round deletes these, each recorded in the audit log.">
        <CandidatesTable rows={expired} label="Expired environments" />
      </Panel>
      <Panel title={`Expiring later (${later.length})`} description="Soonest first. The owner or an SRE can keep one longer from its page.">
        <CandidatesTable rows={later} label="Expiring environments" />
      </Panel>
      <Panel title="Never expire">
        <ul className="text-sm">
          {data.protected.map((p) => (
            <li key={`${p.cluster}/${p.namespace}`}>
              <span className="font-mono text-xs">{p.cluster}/{p.namespace}</span> {p.branch && `(${p.branch})`}: {p.because}
            </li>
          ))}
        </ul>
      </Panel>
    </div>
  );
}
