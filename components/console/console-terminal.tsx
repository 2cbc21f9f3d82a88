"use client";

import "@xterm/xterm/css/xterm.css";
import { ClipboardCopy, ClipboardPaste, Square } from "lucide-react";
import { useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import type { ConsoleSocketMode } from "@/lib/console/socket-messages";
import { ConsoleStatusLine } from "./console-status-line";
import { useConsoleSocket } from "./use-console-socket";
import { useXterm } from "./use-xterm";

// A live console in the browser: xterm.js on Pier's console socket. The person who opened it
// types ("drive"); an SRE may watch read-only ("watch"). Everything shown was recorded first.

/** `onChange`: the session started running or ended (the page re-reads it). */
export function ConsoleTerminal({ sessionId, mode, canEnd, onChange }: { sessionId: string; mode: ConsoleSocketMode; canEnd: boolean; onChange?: () => void }) {
  const container = useRef<HTMLDivElement>(null);
  const term = useXterm(container, { readOnly: mode === "watch", fit: mode === "drive", clipboard: true });
  const { state, end } = useConsoleSocket(sessionId, mode, term);
  const ended = state.phase === "ended";
  const running = state.phase === "running";
  useEffect(() => {
    if (running || ended) onChange?.();
  }, [running, ended, onChange]);
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <ConsoleStatusLine state={state} mode={mode} />
        <div className="flex gap-1.5">
          <Button size="sm" variant="ghost" title="Copy the selection (Ctrl+Shift+C)" onClick={() => term && void navigator.clipboard?.writeText(term.getSelection())}>
            <ClipboardCopy aria-hidden className="size-3.5" />
            Copy
          </Button>
          {mode === "drive" && !ended && (
            <Button size="sm" variant="ghost" title="Paste (Ctrl+Shift+V)" onClick={() => term && void navigator.clipboard?.readText().then((text) => term.paste(text))}>
              <ClipboardPaste aria-hidden className="size-3.5" />
              Paste
            </Button>
          )}
          {canEnd && !ended && (
            <Button size="sm" variant="danger" onClick={end}>
              <Square aria-hidden className="size-3.5" />
              End session
            </Button>
          )}
        </div>
      </div>
      <div ref={container} data-testid="console-terminal" className="h-[60vh] min-h-72 overflow-hidden rounded-lg border border-zinc-800 bg-[#0b0f14] p-2" />
    </div>
  );
}
