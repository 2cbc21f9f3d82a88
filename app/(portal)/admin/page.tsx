import Link from "next/link";
import { PeopleTable } from "@/components/admin/people-table";
import { TeamForm } from "@/components/admin/team-form";
import { TeamsTable } from "@/components/admin/teams-table";
import { PageHeader } from "@/components/ui/page-header";
import { Panel } from "@/components/ui/panel";
import { requireCan } from "@/lib/auth/current-user";
import { listPeople } from "@/lib/auth/people/manage-people";
import { listTeams } from "@/lib/auth/people/manage-teams";
import { roles } from "@/lib/auth/rules";
import { saveTeamAction, updatePersonAction } from "./actions";

export const metadata = { title: "Admin" };

export default async function AdminPage() {
  await requireCan("admin.manage");
  const [people, teams] = await Promise.all([listPeople(), listTeams()]);
  return (
    <>
      <PageHeader title="Admin" description="People, teams and roles. Every change here is recorded in the audit log." />
      <Panel
        title="People"
        description="Roles come from the identity provider's groups (PIER_ROLE_MAP) at each sign-in; a role set here is kept until you hand it back to the groups."
      >
        <PeopleTable people={people} roles={roles} teams={teams.map((t) => t.slug)} action={updatePersonAction} />
      </Panel>
      <Panel title="Teams" description="A team's lead ticks the readiness items of the services it owns.">
        <div className="flex flex-col gap-4">
          <TeamsTable teams={teams} />
          <TeamForm action={saveTeamAction} />
        </div>
      </Panel>
      <Panel title="Roles">
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          What each role may do is fixed in code and shown on{" "}
          <Link href="/access" className="font-medium text-brand-600 hover:underline">
            Access rules
          </Link>
          .
        </p>
      </Panel>
    </>
  );
}
