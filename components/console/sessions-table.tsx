import Link from "next/link";
import { Table, TD, TH, THead, TR } from "@/components/ui/table";
import { UtcTime } from "@/components/ui/utc-time";
import type { ConsoleSessionListDto } from "@/lib/console/types";
import { formatOffset } from "./replay-timeline";
import { ReviewBadge, SessionStatusBadge } from "./session-status-badge";

/** Sessions, newest first; when searching, the typed lines that matched (each a link into the replay). */
export function SessionsTable({ list, label }: { list: ConsoleSessionListDto; label: string }) {
  return (
    <Table label={label}>
      <THead>
        <tr>
          <TH>Requested</TH>
          <TH>Who</TH>
          <TH>Service</TH>
          <TH>Where</TH>
          <TH>Reason</TH>
          <TH>Status</TH>
          <TH>Review</TH>
        </tr>
      </THead>
      <tbody>
        {list.sessions.map((s) => (
          <TR key={s.id}>
            <TD><Link href={`/consoles/${s.id}`} className="text-brand-700 hover:underline dark:text-brand-100"><UtcTime iso={s.requestedAt} seconds={false} /></Link></TD>
            <TD title={s.user.email}>{s.user.name}</TD>
            <TD className="font-mono text-xs">{s.service}</TD>
            <TD className="text-xs">{s.cluster}{s.environment === "production" && " (production)"}<div className="font-mono text-zinc-500">{s.namespace}</div></TD>
            <TD className="max-w-72">
              <span className="line-clamp-2" title={s.reason}>{s.reason}</span>
              {list.matches[s.id]?.map((m) => (
                <Link key={m.lineNo} href={`/consoles/${s.id}/replay`} className="mt-1 block truncate font-mono text-xs text-zinc-600 hover:underline dark:text-zinc-400" title={m.text}>
                  {formatOffset(m.offsetMs)} <mark className="rounded bg-amber-100 px-0.5 dark:bg-amber-500/20">{m.text}</mark>
                </Link>
              ))}
            </TD>
            <TD><SessionStatusBadge status={s.status} /></TD>
            <TD>{s.status === "ended" || s.status === "failed" ? <ReviewBadge review={s.review.status} /> : <span className="text-zinc-400">—</span>}</TD>
          </TR>
        ))}
      </tbody>
    </Table>
  );
}
