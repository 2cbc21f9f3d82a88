import type { ConsoleChunkDto } from "@/lib/console/types";

// What replaying a recording means, apart from drawing it: the chunks in time order, and the
// terminal steps (output to write, sizes to take) between two moments. Pure, so seeking is
// "reset, then apply every step up to t" and playing is "apply the steps as time passes".

export interface ReplayChunk {
  offsetMs: number;
  stream: number;
  bytes: Uint8Array;
}

export type ReplayStep = { kind: "output"; bytes: Uint8Array } | { kind: "resize"; cols: number; rows: number };

export function decodeChunks(chunks: ConsoleChunkDto[]): ReplayChunk[] {
  return chunks.map((c) => ({ offsetMs: c.offsetMs, stream: c.stream, bytes: Uint8Array.from(atob(c.data), (ch) => ch.charCodeAt(0)) }));
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** Steps of the chunks from `from` up to and including `untilMs` (consecutive output merged into one write), and the index after them. */
export function stepsUntil(chunks: ReplayChunk[], from: number, untilMs: number): { steps: ReplayStep[]; next: number } {
  const steps: ReplayStep[] = [];
  let output: Uint8Array[] = [];
  const flush = () => output.length && (steps.push({ kind: "output", bytes: concat(output) }), (output = []));
  let i = from;
  for (; i < chunks.length && chunks[i]!.offsetMs <= untilMs; i++) {
    const chunk = chunks[i]!;
    if (chunk.stream === 1 || chunk.stream === 2) output.push(chunk.bytes);
    else if (chunk.stream === 4) {
      flush();
      const size = JSON.parse(new TextDecoder().decode(chunk.bytes)) as { Width: number; Height: number };
      steps.push({ kind: "resize", cols: size.Width, rows: size.Height });
    }
  }
  flush();
  return { steps, next: i };
}

/** How long the recording lasts (the last chunk's offset). */
export function durationOf(chunks: ReplayChunk[]): number {
  return chunks.at(-1)?.offsetMs ?? 0;
}

/** The first input line typed after `ms`, or null. */
export function nextInputAfter<T extends { offsetMs: number }>(lines: T[], ms: number): T | null {
  return lines.find((line) => line.offsetMs > ms) ?? null;
}

export function formatOffset(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}
