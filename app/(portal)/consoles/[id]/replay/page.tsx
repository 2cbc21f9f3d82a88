import { ReplayPlayer } from "@/components/console/replay-player";
import { ReviewForm } from "@/components/console/review-form";
import { SessionFacts } from "@/components/console/session-facts";
import { PageHeader } from "@/components/ui/page-header";
import { Panel } from "@/components/ui/panel";
import { requireConsoleRecording } from "@/lib/console/read/require-console-recording";
import { clusterLabel, toConsoleSessionDto } from "@/lib/console/store/console-session-view";

export const metadata = { title: "Console replay" };
export const dynamic = "force-dynamic";

export default async function ConsoleReplayPage({ params }: { params: Promise<{ id: string }> }) {
  const { row, canReview } = await requireConsoleRecording((await params).id);
  const session = toConsoleSessionDto(row);
  const finished = session.status === "ended" || session.status === "failed";
  return (
    <>
      <PageHeader title={`Replay: ${session.user.name} on ${session.service}`} description={`“${session.reason}” · ${session.namespace} · ${clusterLabel(session)}`} />
      <div className="flex flex-col gap-4">
        <SessionFacts session={session} />
        <Panel title="Recording" description="Every keystroke and every byte of output, at the time it happened.">
          <ReplayPlayer sessionId={session.id} />
        </Panel>
        {canReview && finished && <ReviewForm session={session} />}
      </div>
    </>
  );
}
