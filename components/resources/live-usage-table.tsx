import { TD, TH, THead, TR, Table } from "@/components/ui/table";
import type { LiveContainerDto } from "@/lib/resources/types";
import { FlagList } from "./flag-list";
import { UsageFigures } from "./usage-figures";

/** Every running replica's containers: CPU and memory used now against request and limit, with flags. */
export function LiveUsageTable({ rows, unavailable }: { rows: LiveContainerDto[]; unavailable: boolean }) {
  if (!rows.length) return <p className="text-sm text-zinc-500">No replica is running.</p>;
  return (
    <Table label="Live usage">
      <THead>
        <tr>
          <TH>Pod / container</TH>
          <TH>CPU</TH>
          <TH>Memory</TH>
          <TH>Flags</TH>
        </tr>
      </THead>
      <tbody>
        {rows.map((r) => (
          <TR key={`${r.pod}/${r.container}`}>
            <TD>
              <div className="font-mono text-xs">{r.pod}</div>
              <div className="text-xs text-zinc-500">
                {r.container}
                {r.restarts > 0 && ` · ${r.restarts} restarts`}
              </div>
            </TD>
            <TD>
              <UsageFigures kind="cpu" figures={r.cpu} unavailable={unavailable} />
            </TD>
            <TD>
              <UsageFigures kind="memory" figures={r.memory} unavailable={unavailable} />
            </TD>
            <TD className="max-w-md">
              <FlagList flags={r.flags} />
            </TD>
          </TR>
        ))}
      </tbody>
    </Table>
  );
}
