import type { FormAction } from "@/lib/audit/door/action-result";
import { TH, THead, Table } from "@/components/ui/table";
import { PersonRow, type PersonRowData } from "./person-row";

export function PeopleTable({ people, roles, teams, action }: { people: PersonRowData[]; roles: readonly string[]; teams: string[]; action: FormAction<unknown> }) {
  return (
    <Table label="People">
      <THead>
        <tr>
          <TH>Person</TH>
          <TH>Role</TH>
          <TH>Teams</TH>
          <TH>Access</TH>
          <TH>Last sign-in</TH>
          <TH>
            <span className="sr-only">Save</span>
          </TH>
        </tr>
      </THead>
      <tbody>
        {people.map((person) => (
          <PersonRow key={person.id} person={person} roles={roles} teams={teams} action={action} />
        ))}
      </tbody>
    </Table>
  );
}
