import { AlertTriangle, CircleDot, Loader2, PlugZap, SquareTerminal } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import type { ConsoleSocketMode } from "@/lib/console/socket-messages";
import type { ConsoleSocketState } from "./use-console-socket";

/** One line saying what the terminal is doing: starting (and why it waits), running where, reconnecting, ended and why. */
export function ConsoleStatusLine({ state, mode }: { state: ConsoleSocketState; mode: ConsoleSocketMode }) {
  const watching = mode === "watch" && <Badge tone="brand">watching read-only</Badge>;
  if (state.phase === "ended") {
    const { reason, exitCode, recordingFailed } = state.ended!;
    return (
      <p role="status" className={recordingFailed ? "flex items-center gap-1.5 text-sm font-medium text-red-700 dark:text-red-400" : "flex items-center gap-1.5 text-sm text-zinc-600 dark:text-zinc-400"}>
        {recordingFailed ? <AlertTriangle aria-hidden className="size-4" /> : <SquareTerminal aria-hidden className="size-4" />}
        Session ended: {reason}
        {exitCode !== null && !reason.includes("code") ? ` (exit code ${exitCode})` : ""}
      </p>
    );
  }
  if (state.phase === "running") {
    return (
      <p role="status" className="flex flex-wrap items-center gap-1.5 text-sm">
        <CircleDot aria-hidden className="size-4 text-emerald-600" />
        Recording <span className="font-mono text-xs">{state.running?.command.join(" ")}</span> in <span className="font-mono text-xs">{state.running?.pod}</span>
        {watching}
        {state.warning && <Badge tone="amber">{state.warning.message}</Badge>}
      </p>
    );
  }
  const Icon = state.phase === "reconnecting" ? PlugZap : Loader2;
  const text = state.phase === "reconnecting" ? "Reconnecting… the session keeps running meanwhile" : (state.progress ?? "Connecting…");
  return (
    <p role="status" className="flex items-center gap-1.5 text-sm text-zinc-600 dark:text-zinc-400">
      <Icon aria-hidden className={state.phase === "reconnecting" ? "size-4 text-amber-600" : "size-4 animate-spin"} />
      {text}
      {watching}
    </p>
  );
}
