import { RelativeTime } from "@/components/ui/relative-time";
import { TD, TH, THead, TR, Table } from "@/components/ui/table";
import type { WarningEventDto } from "@/lib/environments/types";

export function WarningEvents({ events }: { events: WarningEventDto[] }) {
  if (events.length === 0) return <p className="text-sm text-zinc-500">No warnings recently.</p>;
  return (
    <Table label="Warning events">
      <THead>
        <tr>
          <TH>Last seen</TH>
          <TH>Reason</TH>
          <TH>Object</TH>
          <TH>Message</TH>
          <TH className="text-right">Count</TH>
        </tr>
      </THead>
      <tbody>
        {events.map((e, i) => (
          <TR key={`${e.object}/${e.reason}/${i}`}>
            <TD className="whitespace-nowrap">
              <RelativeTime iso={e.lastSeen} />
            </TD>
            <TD className="font-medium text-amber-800 dark:text-amber-300">{e.reason}</TD>
            <TD className="font-mono text-xs">{e.object}</TD>
            <TD className="text-xs">{e.message}</TD>
            <TD className="text-right tabular-nums">{e.count}</TD>
          </TR>
        ))}
      </tbody>
    </Table>
  );
}
