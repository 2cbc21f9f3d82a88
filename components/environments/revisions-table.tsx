import { Badge } from "@/components/ui/badge";
import { RelativeTime } from "@/components/ui/relative-time";
import { TD, TH, THead, TR, Table } from "@/components/ui/table";
import type { RevisionDto } from "@/lib/environments/types";

/** ReplicaSet revisions as `kubectl rollout history` counts them, newest first. */
export function RevisionsTable({ revisions }: { revisions: RevisionDto[] }) {
  if (revisions.length === 0) return <p className="text-sm text-zinc-500">No ReplicaSet revisions (StatefulSets keep theirs in ControllerRevisions).</p>;
  return (
    <Table label="Revisions">
      <THead>
        <tr>
          <TH>Revision</TH>
          <TH>Image</TH>
          <TH>Change cause</TH>
          <TH>Pods</TH>
          <TH>Created</TH>
        </tr>
      </THead>
      <tbody>
        {revisions.map((r) => (
          <TR key={r.name}>
            <TD>
              <span className="tabular-nums">{r.revision}</span> {r.current && <Badge tone="brand">current</Badge>}
              <div className="font-mono text-xs text-zinc-500">{r.name}</div>
            </TD>
            <TD className="font-mono text-xs">{r.images.join(", ")}</TD>
            <TD className="text-xs">{r.changeCause ?? "—"}</TD>
            <TD className="tabular-nums">
              {r.ready}/{r.replicas}
            </TD>
            <TD>
              <RelativeTime iso={r.createdAt} />
            </TD>
          </TR>
        ))}
      </tbody>
    </Table>
  );
}
