import { WebSocket } from "ws";
import type { ServerMessage } from "../socket-messages";

// A browser stand-in for tests and the bench: one console WebSocket, the output as the
// terminal received it, the control messages, and xterm's one automatic reply (irb asks the
// terminal where the cursor is and waits for the answer).

export interface ConsoleTestClient {
  ws: WebSocket;
  output(): Buffer;
  text(): string;
  messages: ServerMessage[];
  /** Resolves when the output (ANSI codes stripped) matches, or a message does. */
  waitFor(check: RegExp | ((m: ServerMessage) => boolean), timeoutMs?: number): Promise<void>;
  /** Types text key by key, as a person would. */
  type(text: string, keyDelayMs?: number): Promise<void>;
  send(data: string | Buffer): void;
  resize(cols: number, rows: number): void;
  end(): void;
  ended: Promise<Extract<ServerMessage, { type: "ended" }>>;
  closed: Promise<number>;
}

export const stripAnsi = (text: string) => text.replace(/\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07]*\x07|\x1b[()][A-Z0-9]|\x1b[=>]/g, "");

export function openConsoleTestClient(url: string, headers: Record<string, string>, options: { answerCursor?: boolean } = {}): Promise<ConsoleTestClient> {
  const ws = new WebSocket(url, { headers, perMessageDeflate: false });
  const chunks: Buffer[] = [];
  const messages: ServerMessage[] = [];
  const waiters = new Set<() => void>();
  let resolveEnded!: (m: Extract<ServerMessage, { type: "ended" }>) => void;
  const ended = new Promise<Extract<ServerMessage, { type: "ended" }>>((r) => (resolveEnded = r));
  const closed = new Promise<number>((r) => ws.on("close", (code) => r(code)));
  ws.on("message", (data: Buffer, isBinary) => {
    if (isBinary) {
      chunks.push(data);
      if (options.answerCursor !== false && data.includes("\x1b[6n")) ws.send(Buffer.from("\x1b[1;1R"));
    } else {
      const message = JSON.parse(data.toString()) as ServerMessage;
      messages.push(message);
      if (message.type === "ended") resolveEnded(message);
    }
    for (const wake of [...waiters]) wake();
  });
  const client: ConsoleTestClient = {
    ws,
    messages,
    ended,
    closed,
    output: () => Buffer.concat(chunks),
    text: () => stripAnsi(Buffer.concat(chunks).toString("utf8")),
    waitFor: (check, timeoutMs = 10_000) =>
      new Promise<void>((resolve, reject) => {
        const test = () => (check instanceof RegExp ? check.test(client.text()) : messages.some(check));
        if (test()) return resolve();
        const timer = setTimeout(() => (waiters.delete(wake), reject(new Error(`timed out waiting for ${check}; output: ${JSON.stringify(client.text().slice(-400))}; messages: ${JSON.stringify(messages)}`))), timeoutMs);
        const wake = () => test() && (clearTimeout(timer), waiters.delete(wake), resolve());
        waiters.add(wake);
      }),
    type: async (text, keyDelayMs = 5) => {
      for (const key of text) {
        ws.send(Buffer.from(key));
        await new Promise((r) => setTimeout(r, keyDelayMs));
      }
    },
    send: (data) => ws.send(typeof data === "string" ? Buffer.from(data) : data),
    resize: (cols, rows) => ws.send(JSON.stringify({ type: "resize", cols, rows })),
    end: () => ws.send(JSON.stringify({ type: "end" })),
  };
  return new Promise((resolve, reject) => {
    ws.once("open", () => resolve(client));
    ws.once("unexpected-response", (_req, res) => {
      let body = "";
      res.on("data", (c: Buffer) => (body += c));
      res.on("end", () => reject(Object.assign(new Error(`upgrade refused: ${res.statusCode} ${body}`), { status: res.statusCode, body })));
    });
    ws.once("error", reject);
  });
}
