import { EmptyState } from "@/components/ui/empty-state";
import { TD, TH, THead, TR, Table } from "@/components/ui/table";

export interface TeamRowData {
  slug: string;
  name: string;
  services: string[];
  members: number;
}

export function TeamsTable({ teams }: { teams: TeamRowData[] }) {
  if (teams.length === 0) return <EmptyState title="No teams yet">Create one below, or let the role map create them at sign-in.</EmptyState>;
  return (
    <Table label="Teams">
      <THead>
        <tr>
          <TH>Team</TH>
          <TH>Services it owns</TH>
          <TH className="text-right">Members</TH>
        </tr>
      </THead>
      <tbody>
        {teams.map((team) => (
          <TR key={team.slug}>
            <TD>
              <div className="font-medium">{team.name}</div>
              <div className="font-mono text-xs text-zinc-500">{team.slug}</div>
            </TD>
            <TD className="font-mono text-xs">{team.services.join(", ") || "—"}</TD>
            <TD className="text-right tabular-nums">{team.members}</TD>
          </TR>
        ))}
      </tbody>
    </Table>
  );
}
