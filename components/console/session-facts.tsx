import { Facts } from "@/components/ui/facts";
import { UtcTime } from "@/components/ui/utc-time";
import type { ConsoleSessionDto } from "@/lib/console/types";
import { ReviewBadge, SessionStatusBadge } from "./session-status-badge";

const mono = "font-mono text-xs";

/** Everything a reviewer asks about a session: who, why, who approved, where, what ran, when, how it ended. */
export function SessionFacts({ session: s }: { session: ConsoleSessionDto }) {
  const exit = s.exitCode === null ? "—" : s.exitCode === 0 ? "0 (success)" : String(s.exitCode);
  return (
    <Facts
      items={[
        { label: "Who", value: <span title={s.user.email}>{s.user.name} <span className="text-xs text-zinc-500">{s.user.email}</span></span> },
        { label: "Reason", value: <span title={s.reason}>{s.reason}</span> },
        { label: "Ticket", value: s.ticketUrl ? <a className="text-brand-700 hover:underline dark:text-brand-100" href={s.ticketUrl} rel="noreferrer noopener" target="_blank">{s.ticketUrl}</a> : "—" },
        { label: s.status === "denied" ? "Denied by" : "Approved by", value: s.decision ? <span title={s.decision.note ?? ""}>{s.decision.by.name} {s.decision.note && <span className="text-xs text-zinc-500">“{s.decision.note}”</span>}</span> : s.environment === "production" ? <span className="text-zinc-500">not yet</span> : "not needed (staging)" },
        { label: "Cluster", value: s.cluster === s.environment ? s.cluster : `${s.cluster} (${s.environment})` },
        { label: "Namespace", value: <span className={mono}>{s.namespace}</span> },
        { label: "Service / container", value: <span className={mono}>{s.service} / {s.container}</span> },
        { label: "Pod", value: s.pod ? <span className={mono} title={s.pod}>{s.pod} {s.podMode === "one-off" && <span className="text-zinc-500">(one-off)</span>}</span> : <span className="text-zinc-500">a one-off pod, made at the start</span> },
        { label: "Image", value: <span className={mono} title={s.image ?? ""}>{s.image ?? "—"}</span> },
        { label: "Command", value: <span className={mono}>{s.command.join(" ")}</span> },
        { label: "Started", value: <UtcTime iso={s.startedAt} /> },
        { label: "Ended", value: <UtcTime iso={s.endedAt} /> },
        { label: "Status", value: <span className="inline-flex gap-1"><SessionStatusBadge status={s.status} />{(s.status === "ended" || s.status === "failed") && <ReviewBadge review={s.review.status} />}</span> },
        { label: "Exit status", value: exit },
        { label: "End reason", value: <span title={s.endReason ?? ""}>{s.endReason ?? "—"}</span> },
        { label: "Final hash", value: <span className={mono} title={s.recording.finalHash ?? ""}>{s.recording.finalHash ? `${s.recording.finalHash.slice(0, 16)}…` : "—"}</span> },
      ]}
    />
  );
}
