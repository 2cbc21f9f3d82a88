"use client";

import "@xterm/xterm/css/xterm.css";
import { useQuery } from "@tanstack/react-query";
import { Pause, Play, SkipForward, StepForward } from "lucide-react";
import { useMemo, useRef } from "react";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/input";
import { consoleRecordingQuery } from "@/lib/queries/consoles";
import { RecordingVerification } from "./recording-verification";
import { decodeChunks, formatOffset, nextInputAfter } from "./replay-timeline";
import { useReplay } from "./use-replay";
import { useXterm } from "./use-xterm";

// Replays a recording as the terminal showed it: play/pause, speed, seek, jump to the next
// typed line, the typed lines as an index. Loading it is itself recorded in the audit log.

export function ReplayPlayer({ sessionId }: { sessionId: string }) {
  const { data, error } = useQuery(consoleRecordingQuery(sessionId));
  const container = useRef<HTMLDivElement>(null);
  const term = useXterm(container, { readOnly: true });
  const chunks = useMemo(() => decodeChunks(data?.chunks ?? []), [data]);
  const replay = useReplay(data ? term : null, chunks);
  const lines = data?.inputLines ?? [];
  const next = nextInputAfter(lines, replay.position);
  if (error) return <p role="alert" className="text-sm text-red-700 dark:text-red-400">The recording could not be loaded: {error.message}</p>;
  return (
    <div className="flex flex-col gap-3">
      {data?.verification && <RecordingVerification verification={data.verification} />}
      <div className="flex flex-wrap items-center gap-2" aria-label="Replay controls">
        {replay.playing ? (
          <Button size="sm" onClick={replay.pause}><Pause aria-hidden className="size-3.5" />Pause</Button>
        ) : (
          <Button size="sm" onClick={replay.play} disabled={!data}><Play aria-hidden className="size-3.5" />Play</Button>
        )}
        <Button size="sm" variant="secondary" disabled={!next} onClick={() => next && replay.seek(next.offsetMs)}>
          <StepForward aria-hidden className="size-3.5" />Next input
        </Button>
        <Button size="sm" variant="secondary" onClick={() => replay.seek(replay.duration)} disabled={!data}>
          <SkipForward aria-hidden className="size-3.5" />End
        </Button>
        <Select aria-label="Speed" value={String(replay.speed)} onChange={(e) => replay.setSpeed(Number(e.target.value))} className="h-7 text-xs">
          {[0.5, 1, 2, 4, 8].map((s) => <option key={s} value={s}>{s}×</option>)}
        </Select>
        <label className="flex items-center gap-1.5 text-xs text-zinc-600 dark:text-zinc-400">
          <input type="checkbox" checked={replay.skipPauses} onChange={(e) => replay.setSkipPauses(e.target.checked)} />
          Shorten pauses to 1 s
        </label>
        <input type="range" aria-label="Position" min={0} max={replay.duration} value={replay.position} onChange={(e) => replay.seek(Number(e.target.value))} className="min-w-40 flex-1" />
        <span className="font-mono text-xs tabular-nums text-zinc-600 dark:text-zinc-400" data-testid="replay-position">{formatOffset(replay.position)} / {formatOffset(replay.duration)}</span>
      </div>
      <div className="grid gap-3 lg:grid-cols-[1fr_16rem]">
        <div ref={container} data-testid="replay-terminal" className="min-h-72 overflow-auto rounded-lg border border-zinc-800 bg-[#0b0f14] p-2" />
        <nav aria-label="Typed lines" className="max-h-[60vh] overflow-auto rounded-lg border border-zinc-200 bg-white p-2 text-xs dark:border-zinc-800 dark:bg-zinc-900">
          <p className="mb-1 px-1 font-medium text-zinc-500">Typed lines ({lines.length})</p>
          {lines.length === 0 && <p className="px-1 text-zinc-500">Nothing was typed.</p>}
          <ol>
            {lines.map((line) => (
              <li key={line.lineNo}>
                <button type="button" onClick={() => replay.seek(line.offsetMs)} className={`flex w-full gap-2 rounded px-1 py-0.5 text-left hover:bg-zinc-100 dark:hover:bg-zinc-800 ${line.offsetMs <= replay.position ? "" : "opacity-60"}`}>
                  <span className="shrink-0 tabular-nums text-zinc-500">{formatOffset(line.offsetMs)}</span>
                  <code className="truncate">{line.text}</code>
                </button>
              </li>
            ))}
          </ol>
        </nav>
      </div>
    </div>
  );
}
