import "server-only";
import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { WebSocketServer, WebSocket, type RawData } from "ws";
import { LiveConsole, type ConsolePeer, type LiveConsoleDeps } from "../live/live-console";
import { liveConsoles } from "../live/live-consoles";
import { parseClientMessage, type ConsoleSocketMode, type ServerMessage } from "../socket-messages";
import type { ConsoleSessionRow } from "../store/console-session-rows";
import { authorizeConsoleSocket } from "./authorize-console-socket";

// The bridge between browsers and running consoles, on Pier's own HTTP server: it takes the
// WebSocket upgrades of /api/consoles/<id>/socket (everything else is left to others), lets the
// door decide, then attaches the socket to the running session or starts a ready one. Cluster
// credentials stay in this process; the browser only ever sees terminal bytes.

export interface ConsoleBridge {
  /** Takes the upgrade when it is a console socket (true); false leaves it to others. */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): boolean;
  close(): void;
}

const PATH = /^\/api\/consoles\/([0-9a-f-]{36})\/socket$/;
const PING_MS = 15_000;

function refuse(socket: Duplex, status: number, error: string): void {
  const body = JSON.stringify({ error });
  const title = { 401: "Unauthorized", 403: "Forbidden", 404: "Not Found", 500: "Internal Server Error" }[status] ?? "Bad Request";
  socket.end(`HTTP/1.1 ${status} ${title}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
}

function headersOf(req: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) if (typeof value === "string") headers.set(name, value);
  if (!headers.has("x-forwarded-for") && req.socket.remoteAddress) headers.set("x-forwarded-for", req.socket.remoteAddress);
  return headers;
}

function whyNotRunning(session: ConsoleSessionRow): string {
  if (session.status === "pending") return "the request is waiting for an SRE to approve it";
  if (session.status === "denied") return `the request was denied${session.decisionNote ? `: ${session.decisionNote}` : ""}`;
  if (session.status === "expired") return "the time to start this session ran out";
  if (session.status === "ready") return "the session has not started";
  if (session.status === "running") return "the session runs in another Pier process: WebSocket connections must reach the process running it (sticky sessions)";
  return session.endReason ?? "the session has ended";
}

const asBuffer = (data: RawData) => (Buffer.isBuffer(data) ? data : Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data));

export function createConsoleBridge(deps: LiveConsoleDeps): ConsoleBridge {
  const server = new WebSocketServer({ noServer: true, perMessageDeflate: false, maxPayload: 1 << 20 });

  function connect(ws: WebSocket, session: ConsoleSessionRow, mode: ConsoleSocketMode, from: number, who: string): void {
    const existing = liveConsoles().get(session.id);
    let live = existing instanceof LiveConsole ? existing : undefined;
    if (!live && mode === "drive" && session.status === "ready") {
      live = new LiveConsole(session, deps);
      void live.start();
    }
    if (!live) {
      ws.send(JSON.stringify({ type: "ended", reason: whyNotRunning(session), exitCode: session.exitCode, recordingFailed: false } satisfies ServerMessage));
      return ws.close(1000, "not running");
    }
    const running = live;
    const peer: ConsolePeer = {
      mode,
      get bufferedAmount() {
        return ws.bufferedAmount;
      },
      send: (data) => void (ws.readyState === WebSocket.OPEN && ws.send(data)),
      close: (code, reason) => ws.close(code, reason),
    };
    let alive = true;
    const ping = setInterval(() => (alive ? ((alive = false), ws.ping()) : ws.terminate()), PING_MS);
    ws.on("pong", () => (alive = true));
    ws.on("message", (data, isBinary) => {
      if (isBinary) return running.input(peer, asBuffer(data));
      const message = parseClientMessage(asBuffer(data).toString("utf8"));
      if (message?.type === "resize") running.resize(peer, message.cols, message.rows);
      else if (message?.type === "end" && mode === "drive") void running.end(`ended by ${who}`);
    });
    ws.on("close", () => (clearInterval(ping), running.detach(peer)));
    ws.on("error", () => ws.terminate());
    running.attach(peer, from);
  }

  async function upgrade(req: IncomingMessage, socket: Duplex, head: Buffer, sessionId: string, url: URL): Promise<void> {
    const mode: ConsoleSocketMode = url.searchParams.get("mode") === "watch" ? "watch" : "drive";
    const from = Math.max(0, Number(url.searchParams.get("from")) || 0);
    const decision = await authorizeConsoleSocket(headersOf(req), sessionId, mode);
    if (!decision.ok) return refuse(socket, decision.status, decision.error);
    server.handleUpgrade(req, socket, head, (ws) => connect(ws, decision.session, mode, from, decision.actor.email));
  }

  return {
    handleUpgrade(req, socket, head) {
      const url = new URL(req.url ?? "/", "http://pier.invalid");
      const match = PATH.exec(url.pathname);
      if (!match) return false;
      upgrade(req, socket, head, match[1]!, url).catch((error: unknown) => {
        console.error("[pier] console socket:", error);
        refuse(socket, 500, "the console could not be opened; see Pier's log");
      });
      return true;
    },
    close() {
      for (const live of liveConsoles().values()) void live.end("Pier is shutting down");
      server.close();
    },
  };
}
