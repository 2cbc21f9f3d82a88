import { Badge } from "@/components/ui/badge";
import { RelativeTime } from "@/components/ui/relative-time";
import { TD, TH, THead, TR, Table } from "@/components/ui/table";
import type { PodDto } from "@/lib/environments/types";

const healthy = new Set(["Running", "Completed", "Succeeded"]);

/** Pods as `kubectl get pods -o wide` shows them, with the revision each runs. */
export function PodsTable({ pods }: { pods: PodDto[] }) {
  if (pods.length === 0) return <p className="text-sm text-zinc-500">No pods: the service is scaled to zero or not scheduled yet.</p>;
  return (
    <Table label="Pods">
      <THead>
        <tr>
          <TH>Pod</TH>
          <TH>Ready</TH>
          <TH>Status</TH>
          <TH className="text-right">Restarts</TH>
          <TH>Last termination</TH>
          <TH>Revision</TH>
          <TH>Node</TH>
          <TH>Age</TH>
        </tr>
      </THead>
      <tbody>
        {pods.map((pod) => (
          <TR key={pod.name}>
            <TD className="font-mono text-xs">{pod.name}</TD>
            <TD className="tabular-nums">{pod.ready}</TD>
            <TD>
              <Badge tone={healthy.has(pod.status) ? "good" : pod.status === "Pending" || pod.status === "ContainerCreating" || pod.status === "Terminating" ? "warn" : "bad"}>{pod.status}</Badge>
            </TD>
            <TD className="text-right tabular-nums">{pod.restarts}</TD>
            <TD className="text-xs">{pod.lastTermination ?? "—"}</TD>
            <TD className="tabular-nums">{pod.revision ?? "—"}</TD>
            <TD className="text-xs text-zinc-600 dark:text-zinc-400">
              {pod.node ?? "—"}
              {pod.ip && <div className="font-mono">{pod.ip}</div>}
            </TD>
            <TD>
              <RelativeTime iso={pod.createdAt} age />
            </TD>
          </TR>
        ))}
      </tbody>
    </Table>
  );
}
