import Link from "next/link";
import { CreateTokenForm } from "@/components/profile/create-token-form";
import { TokenTable } from "@/components/profile/token-table";
import { Badge } from "@/components/ui/badge";
import { Facts } from "@/components/ui/facts";
import { PageHeader } from "@/components/ui/page-header";
import { Panel } from "@/components/ui/panel";
import { requireCan } from "@/lib/auth/current-user";
import { roleSummaries, tokenRoleChoices } from "@/lib/auth/rules";
import { listApiTokens } from "@/lib/auth/tokens/manage-api-tokens";
import { createTokenAction, revokeTokenAction } from "./actions";

export const metadata = { title: "Profile" };

export default async function ProfilePage() {
  const me = await requireCan("profile.read");
  const tokens = await listApiTokens(me.userId);
  return (
    <>
      <PageHeader title="Profile" description="Who you are in Pier, and the API tokens that act as you." />
      <Facts
        items={[
          { label: "Name", value: me.name },
          { label: "Email", value: me.email },
          { label: "Role", value: <Badge tone="brand">{me.role}</Badge> },
          { label: "Teams", value: me.teams.length ? me.teams.join(", ") : "none" },
        ]}
      />
      <p className="mt-3 text-sm text-zinc-600 dark:text-zinc-400">
        {roleSummaries[me.role]}{" "}
        <Link href="/access" className="font-medium text-brand-600 hover:underline">
          See who may do what
        </Link>
        .
      </p>
      <Panel title="API tokens">
        <p className="mb-3 text-sm text-zinc-600 dark:text-zinc-400">
          For scripts and CI: send <code className="font-mono text-xs">Authorization: Bearer pier_…</code>. Pier keeps only a hash of each token.
        </p>
        <div className="flex flex-col gap-4">
          <CreateTokenForm ownRole={me.role} roleChoices={tokenRoleChoices[me.role]} action={createTokenAction} />
          <TokenTable tokens={tokens} ownRole={me.role} revoke={revokeTokenAction} />
        </div>
      </Panel>
    </>
  );
}
