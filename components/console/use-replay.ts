"use client";

import type { Terminal } from "@xterm/xterm";
import { useCallback, useEffect, useRef, useState } from "react";
import { durationOf, stepsUntil, type ReplayChunk, type ReplayStep } from "./replay-timeline";

// Plays a recording into a terminal as it happened: output and resizes at their recorded times,
// at a chosen speed, optionally shortening pauses to a second; seeking redraws from the start.

const MAX_PAUSE_MS = 1_000;

function apply(term: Terminal, steps: ReplayStep[]): void {
  for (const step of steps) {
    if (step.kind === "output") term.write(step.bytes);
    // xterm parses writes later but resizes at once: a size takes effect after the output before it.
    else term.write("", () => term.resize(step.cols, step.rows));
  }
}

export function useReplay(term: Terminal | null, chunks: ReplayChunk[]) {
  const [position, setPosition] = useState(0);
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState(1);
  const [skipPauses, setSkipPauses] = useState(true);
  const cursor = useRef({ next: 0, at: 0 });
  const duration = durationOf(chunks);

  const seek = useCallback(
    (ms: number) => {
      if (!term) return;
      const at = Math.max(0, Math.min(ms, duration));
      term.reset();
      const { steps, next } = stepsUntil(chunks, 0, at);
      apply(term, steps);
      cursor.current = { next, at };
      setPosition(at);
    },
    [term, chunks, duration],
  );

  // A new terminal or recording starts from the beginning: the state now, the terminal once mounted.
  const [shown, setShown] = useState({ term, chunks });
  if (shown.term !== term || shown.chunks !== chunks) {
    setShown({ term, chunks });
    setPosition(0);
    setPlaying(false);
  }
  useEffect(() => {
    if (!term) return;
    term.reset();
    const { steps, next } = stepsUntil(chunks, 0, 0);
    apply(term, steps);
    cursor.current = { next, at: 0 };
  }, [term, chunks]);

  useEffect(() => {
    if (!playing || !term) return;
    let frame = 0;
    let last = performance.now();
    const tick = (now: number) => {
      let at = cursor.current.at + (now - last) * speed;
      last = now;
      const upcoming = chunks[cursor.current.next];
      if (skipPauses && upcoming && upcoming.offsetMs - at > MAX_PAUSE_MS) at = upcoming.offsetMs - MAX_PAUSE_MS;
      const { steps, next } = stepsUntil(chunks, cursor.current.next, at);
      apply(term, steps);
      cursor.current = { next, at: Math.min(at, duration) };
      setPosition(cursor.current.at);
      if (next >= chunks.length) return setPlaying(false);
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [playing, term, chunks, speed, skipPauses, duration]);

  const play = () => {
    if (cursor.current.next >= chunks.length) seek(0);
    setPlaying(true);
  };
  return { position, duration, playing, play, pause: () => setPlaying(false), seek, speed, setSpeed, skipPauses, setSkipPauses };
}
