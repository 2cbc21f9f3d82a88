"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Clock, PlayCircle, ShieldX } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useState } from "react";
import { Button, buttonClasses } from "@/components/ui/button";
import { Callout } from "@/components/ui/callout";
import { Panel } from "@/components/ui/panel";
import type { ConsolePermissions, ConsoleSessionDto } from "@/lib/console/types";
import { consoleActionUrl, consoleKeys, consoleSessionQuery } from "@/lib/queries/consoles";
import { postJson } from "@/lib/queries/post-json";
import { ConsoleTerminal } from "./console-terminal";
import { DecisionForm } from "./decision-form";
import { SessionFacts } from "./session-facts";

// A session's page, by state and by who looks: the requester waits for approval, then types;
// an SRE decides a pending request or watches a running one; afterwards, the replay.

export function SessionView({ session: initial, permissions }: { session: ConsoleSessionDto; permissions: ConsolePermissions }) {
  const client = useQueryClient();
  const { data } = useQuery({ ...consoleSessionQuery(initial.id), initialData: initial, enabled: permissions.read });
  const session = permissions.read ? data : initial;
  const router = useRouter();
  // Without the session API (an SRE), the page itself is re-read while the session is about to change.
  const waiting = !permissions.read && (session.status === "pending" || session.status === "ready");
  useEffect(() => {
    if (!waiting) return;
    const timer = setInterval(() => router.refresh(), 3_000);
    return () => clearInterval(timer);
  }, [waiting, router]);
  const refresh = useCallback(() => void client.invalidateQueries({ queryKey: consoleKeys.session(initial.id) }), [client, initial.id]);
  const withdraw = () => void postJson(consoleActionUrl(session.id, "end"), {}).then(refresh);
  const live = session.status === "ready" || session.status === "running";
  const mode = permissions.drive ? "drive" : permissions.watch && session.status === "running" ? "watch" : null;
  // Once open, the terminal stays on the page after the session ends: its last screen is worth reading.
  const [terminal, setTerminal] = useState<typeof mode>(live ? mode : null);
  if (terminal === null && live && mode) setTerminal(mode);
  return (
    <div className="flex flex-col gap-4">
      <SessionFacts session={session} />
      {session.status === "pending" && permissions.approve && (
        <Panel title="Decide this request" description={`${session.user.name} asks for ${session.maxMinutes} minutes of ${session.command.join(" ")} in production, because: “${session.reason}”`}>
          <DecisionForm session={session} />
        </Panel>
      )}
      {session.status === "pending" && !permissions.approve && (
        <Callout tone="warning" icon={Clock} title="Waiting for an SRE to approve this request" role="status">
          An SRE other than you must approve a production console. This page updates by itself.
          {permissions.end && <div className="mt-2"><Button size="sm" variant="secondary" onClick={withdraw}>Withdraw the request</Button></div>}
        </Callout>
      )}
      {(session.status === "denied" || session.status === "expired") && (
        <Callout tone="danger" icon={ShieldX} title={session.status === "denied" ? "The request was denied" : "The session expired before it started"}>
          {session.decision?.note ?? session.endReason}
        </Callout>
      )}
      {terminal && <ConsoleTerminal sessionId={session.id} mode={terminal} canEnd={permissions.end} onChange={refresh} />}
      {live && !terminal && (
        <Callout title={session.status === "ready" ? `Approved: it starts when ${session.user.name} opens it` : "Running"}>
          Only {session.user.name} can type in this console{session.startBy ? `; it must start before ${session.startBy.slice(11, 16)} UTC` : ""}.
        </Callout>
      )}
      {(session.status === "ended" || session.status === "failed") && permissions.read && (
        <div>
          <Link href={`/consoles/${session.id}/replay`} className={buttonClasses("primary")}>
            <PlayCircle aria-hidden className="size-4" />
            Replay the recording
          </Link>
        </div>
      )}
    </div>
  );
}
