// The console WebSocket between the browser and Pier (`/api/consoles/<id>/socket`). Binary
// frames carry terminal bytes (browser -> Pier: keystrokes; Pier -> browser: output, each byte
// already recorded); text frames carry these JSON messages. Client-safe.

export type ConsoleSocketMode = "drive" | "watch";

export type ServerMessage =
  /** Output resumes at `offset` (bytes of output since the start); `reset`: older output is gone, clear the screen. */
  | { type: "attached"; mode: ConsoleSocketMode; state: "starting" | "running"; offset: number; reset: boolean }
  | { type: "progress"; message: string }
  | { type: "running"; pod: string; container: string; command: string[] }
  /** The driver's terminal size, for watchers to match. */
  | { type: "size"; cols: number; rows: number }
  | { type: "warning"; kind: "idle" | "limit"; endsAt: string; message: string }
  | { type: "ended"; reason: string; exitCode: number | null; recordingFailed: boolean };

export type ClientMessage = { type: "resize"; cols: number; rows: number } | { type: "end" };

export function socketPath(sessionId: string, mode: ConsoleSocketMode, from: number): string {
  return `/api/consoles/${sessionId}/socket?mode=${mode}&from=${from}`;
}

/** Parses a text frame from the browser; null for anything else. */
export function parseClientMessage(text: string): ClientMessage | null {
  try {
    const message = JSON.parse(text) as Partial<{ type: string; cols: unknown; rows: unknown }>;
    if (message.type === "end") return { type: "end" };
    const size = (n: unknown) => typeof n === "number" && Number.isInteger(n) && n > 0 && n <= 1000;
    if (message.type === "resize" && size(message.cols) && size(message.rows)) return { type: "resize", cols: message.cols as number, rows: message.rows as number };
  } catch {
    // not JSON: ignored
  }
  return null;
}
