import { ClipboardList, SquareTerminal } from "lucide-react";
import { headers } from "next/headers";
import Link from "next/link";
import { SessionFilters } from "@/components/console/session-filters";
import { SessionsTable } from "@/components/console/sessions-table";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Panel } from "@/components/ui/panel";
import { pageFilters } from "@/lib/audit/audit-filters";
import { requestInfoFrom } from "@/lib/audit/door/request-info";
import { requireUser } from "@/lib/auth/current-user";
import { consoleListFilters } from "@/lib/console/read/console-list-filters";
import { consoleListAbilities, listConsoleSessions } from "@/lib/console/read/list-console-sessions";

export const metadata = { title: "Consoles" };
export const dynamic = "force-dynamic";

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function ConsolesPage({ searchParams }: { searchParams: Search }) {
  const actor = await requireUser();
  const { raw, filters, ignored } = pageFilters(consoleListFilters, await searchParams);
  const { seesAll, decides } = consoleListAbilities(actor);
  const request = requestInfoFrom(await headers());
  const [list, waiting] = await Promise.all([
    listConsoleSessions(actor, filters, request),
    decides ? listConsoleSessions(actor, consoleListFilters.parse({ status: "pending" }), request) : null,
  ]);
  const toDecide = waiting ? { ...waiting, sessions: waiting.sessions.filter((s) => s.user.id !== actor.userId) } : null;
  const next = list.nextCursor ? `?${new URLSearchParams({ ...raw, cursor: list.nextCursor })}` : null;
  return (
    <>
      <PageHeader
        title="Consoles"
        description={seesAll ? "Every rails console session opened through Pier, recorded and hash-chained. Review them here." : "Your rails console sessions. Open a new one from a service's page."}
        actions={seesAll && <Link href="/consoles?review=pending" className={buttonClasses("secondary")}><ClipboardList aria-hidden className="size-4" />Review queue</Link>}
      />
      {toDecide && toDecide.sessions.length > 0 && (
        <Panel title="Waiting for your approval" description="Production console requests from others.">
          <SessionsTable list={toDecide} label="Requests waiting for approval" />
        </Panel>
      )}
      <SessionFilters values={raw} seesAll={seesAll} ignored={ignored} />
      {list.sessions.length === 0 ? (
        <EmptyState icon={SquareTerminal} title={Object.keys(raw).length ? "No session matches" : "No console sessions yet"}>
          Open a console from a service&apos;s page (Environments, then a service). Production consoles need an SRE&apos;s approval.
        </EmptyState>
      ) : (
        <SessionsTable list={list} label="Console sessions" />
      )}
      {next && (
        <nav aria-label="Pages" className="mt-4 flex justify-end">
          <Link href={`/consoles${next}`} className={buttonClasses("secondary")}>Older</Link>
        </nav>
      )}
    </>
  );
}
