import { SessionView } from "@/components/console/session-view";
import { PageHeader } from "@/components/ui/page-header";
import { requireConsoleSession } from "@/lib/console/read/require-console-session";
import { clusterLabel, toConsoleSessionDto } from "@/lib/console/store/console-session-view";

export const metadata = { title: "Console session" };
export const dynamic = "force-dynamic";

export default async function ConsoleSessionPage({ params }: { params: Promise<{ id: string }> }) {
  const { row, permissions } = await requireConsoleSession((await params).id);
  const session = toConsoleSessionDto(row);
  return (
    <>
      <PageHeader title={`Console on ${session.service}`} description={`${session.command.join(" ")} · ${session.namespace} · ${clusterLabel(session)}`} />
      <SessionView session={session} permissions={permissions} />
    </>
  );
}
