import { TD, TH, THead, TR, Table } from "@/components/ui/table";
import { formatBytes, formatCpu } from "@/lib/kube/quantity";
import type { ResourceTotalsDto } from "@/lib/resources/types";

/** Requests, usage now and waste summed per namespace or team (replicas included). */
export function TotalsTable({ label, rows, keyLabel }: { label: string; rows: ResourceTotalsDto[]; keyLabel: string }) {
  return (
    <Table label={label}>
      <THead>
        <tr>
          <TH>{keyLabel}</TH>
          <TH className="text-right">Workloads</TH>
          <TH className="text-right">CPU used / requested</TH>
          <TH className="text-right">Memory used / requested</TH>
          <TH className="text-right">Reserved for nothing</TH>
        </tr>
      </THead>
      <tbody>
        {rows.map((r) => (
          <TR key={r.key}>
            <TD className="font-mono text-xs">{r.key}</TD>
            <TD className="text-right tabular-nums">{r.workloads}</TD>
            <TD className="text-right tabular-nums text-xs">{formatCpu(Math.round(r.usage.cpu))} / {formatCpu(r.requests.cpu)}</TD>
            <TD className="text-right tabular-nums text-xs">{formatBytes(r.usage.memory)} / {formatBytes(r.requests.memory)}</TD>
            <TD className="text-right tabular-nums text-xs">{formatCpu(Math.round(r.waste.cpu))} · {formatBytes(r.waste.memory)}</TD>
          </TR>
        ))}
      </tbody>
    </Table>
  );
}
