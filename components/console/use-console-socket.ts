"use client";

import type { Terminal } from "@xterm/xterm";
import { useEffect, useRef, useState } from "react";
import { socketPath, type ConsoleSocketMode, type ServerMessage } from "@/lib/console/socket-messages";
import { postJson } from "@/lib/queries/post-json";

// The console WebSocket of a terminal: output to xterm, keystrokes and resizes to Pier, and
// reconnection after a network blip, resuming from the last byte received (the server keeps
// the session running meanwhile and replays what was missed).

export type ConsolePhase = "connecting" | "starting" | "running" | "reconnecting" | "ended";

export interface ConsoleSocketState {
  phase: ConsolePhase;
  progress?: string;
  running?: Extract<ServerMessage, { type: "running" }>;
  warning?: Extract<ServerMessage, { type: "warning" }>;
  ended?: Extract<ServerMessage, { type: "ended" }>;
}

const MAX_RETRIES = 12;

export function useConsoleSocket(sessionId: string, mode: ConsoleSocketMode, term: Terminal | null) {
  const [state, setState] = useState<ConsoleSocketState>({ phase: "connecting" });
  const socket = useRef<WebSocket | null>(null);
  useEffect(() => {
    if (!term) return;
    let received = 0;
    let retries = 0;
    let over = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const encoder = new TextEncoder();
    const send = (data: string | Uint8Array) => socket.current?.readyState === WebSocket.OPEN && socket.current.send(data);
    const sendSize = () => send(JSON.stringify({ type: "resize", cols: term.cols, rows: term.rows }));
    const handle = (message: ServerMessage) => {
      if (message.type === "attached") {
        if (message.reset) term.reset();
        received = message.offset;
        setState((s) => ({ ...s, phase: message.state }));
      } else if (message.type === "progress") setState((s) => ({ ...s, progress: message.message }));
      else if (message.type === "running") setState((s) => ({ ...s, phase: "running", running: message, progress: undefined }));
      else if (message.type === "warning") setState((s) => ({ ...s, warning: message }));
      else if (message.type === "size") term.write("", () => term.resize(message.cols, message.rows)); // after the output before it
      else if (message.type === "ended") {
        over = true;
        setState((s) => ({ ...s, phase: "ended", ended: message }));
      }
    };
    const connect = () => {
      const ws = new WebSocket(`${location.protocol === "https:" ? "wss" : "ws"}://${location.host}${socketPath(sessionId, mode, received)}`);
      ws.binaryType = "arraybuffer";
      socket.current = ws;
      ws.onopen = () => ((retries = 0), mode === "drive" && sendSize());
      ws.onmessage = (event: MessageEvent<ArrayBuffer | string>) => {
        if (typeof event.data === "string") return handle(JSON.parse(event.data) as ServerMessage);
        const bytes = new Uint8Array(event.data);
        received += bytes.length;
        term.write(bytes);
      };
      ws.onclose = () => {
        if (over || socket.current !== ws) return;
        if (++retries > MAX_RETRIES) return setState((s) => ({ ...s, phase: "ended", ended: { type: "ended", reason: "lost the connection to Pier", exitCode: null, recordingFailed: false } }));
        setState((s) => ({ ...s, phase: "reconnecting" }));
        timer = setTimeout(connect, Math.min(8_000, 250 * 2 ** retries));
      };
    };
    connect();
    const typed = mode === "drive" ? term.onData((data) => send(encoder.encode(data))) : undefined;
    const binary = mode === "drive" ? term.onBinary((data) => send(Uint8Array.from(data, (c) => c.charCodeAt(0)))) : undefined;
    const resized = mode === "drive" ? term.onResize(sendSize) : undefined;
    return () => {
      over = true;
      clearTimeout(timer);
      typed?.dispose();
      binary?.dispose();
      resized?.dispose();
      socket.current?.close();
      socket.current = null;
    };
  }, [sessionId, mode, term]);

  /** Ends the session: over the socket when typing in it, else through the API (an SRE watching, a dropped socket). */
  const end = () => {
    if (mode === "drive" && socket.current?.readyState === WebSocket.OPEN) socket.current.send(JSON.stringify({ type: "end" }));
    else void postJson(`/api/consoles/${sessionId}/end`, {});
  };
  return { state, end };
}
