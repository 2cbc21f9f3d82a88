import { RulesMatrix } from "@/components/access/rules-matrix";
import { PageHeader } from "@/components/ui/page-header";
import { Panel } from "@/components/ui/panel";
import { requireUser } from "@/lib/auth/current-user";
import { describeRules } from "@/lib/auth/describe-rules";
import { roles, roleSummaries } from "@/lib/auth/rules";

export const metadata = { title: "Access rules" };

export default async function AccessPage() {
  await requireUser();
  return (
    <>
      <PageHeader title="Access rules" description="Who may do what in Pier. This is lib/auth/rules.ts, the one place these rules live; every write is checked against it and recorded." />
      <RulesMatrix rows={describeRules()} roles={roles} />
      <Panel title="Roles">
        <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {roles.map((role) => (
            <div key={role} className="rounded-lg border border-zinc-200 bg-white p-3 dark:border-zinc-800 dark:bg-zinc-900">
              <dt className="font-mono text-sm font-medium">{role}</dt>
              <dd className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{roleSummaries[role]}</dd>
            </div>
          ))}
        </dl>
      </Panel>
    </>
  );
}
