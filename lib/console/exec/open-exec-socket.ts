import "server-only";
import type { RequestOptions } from "node:https";
import { WebSocket, type ClientOptions, type RawData } from "ws";
import type { KubeConnection } from "@/lib/kube/kube-connection";
import { readBody, statusError } from "@/lib/kube/kube-connection";
import { execFrame, resizeMessage } from "./exec-frames";

// A pods/exec WebSocket to the cluster, with the TLS and credentials of Pier's one connection
// to it (they stay in this process). Prefers v5.channel.k8s.io (stdin can close without losing
// output); v4 for older API servers.

export interface ExecRequest {
  namespace: string;
  pod: string;
  container: string;
  command: string[];
}

export interface ExecSocket {
  readonly protocol: string;
  send(channel: number, data: Uint8Array): void;
  resize(cols: number, rows: number): void;
  /** Stops reading from the cluster (backpressure) until resume(). */
  pause(): void;
  resume(): void;
  close(): void;
  onFrame(listener: (channel: number, data: Buffer) => void): void;
  onClose(listener: (reason: string) => void): void;
}

export function execPath({ namespace, pod, container, command }: ExecRequest): string {
  const query = new URLSearchParams();
  for (const part of command) query.append("command", part);
  query.set("container", container);
  for (const flag of ["stdin", "stdout", "tty"]) query.set(flag, "true");
  return `/api/v1/namespaces/${encodeURIComponent(namespace)}/pods/${encodeURIComponent(pod)}/exec?${query}`;
}

function asBuffer(data: RawData): Buffer {
  return Buffer.isBuffer(data) ? data : Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data);
}

export async function openExecSocket(connection: KubeConnection, request: ExecRequest, timeoutMs = 15_000): Promise<ExecSocket> {
  const options: RequestOptions = { headers: {} };
  await connection.kubeConfig.applyToHTTPSOptions(options);
  const url = connection.server.replace(/^http/, "ws") + execPath(request);
  const ws = new WebSocket(url, ["v5.channel.k8s.io", "v4.channel.k8s.io"], { ...(options as ClientOptions), handshakeTimeout: timeoutMs, perMessageDeflate: false });
  ws.binaryType = "nodebuffer";
  await new Promise<void>((resolve, reject) => {
    ws.once("open", resolve);
    ws.once("error", (error) => reject(new Error(`exec in pod ${request.pod}: ${error.message}`)));
    ws.once("unexpected-response", (_req, res) => void readBody(res).then((body) => reject(statusError(res, body)), reject));
  });
  return {
    protocol: ws.protocol,
    send: (channel, data) => ws.readyState === WebSocket.OPEN && ws.send(execFrame(channel, data)),
    resize: (cols, rows) => ws.readyState === WebSocket.OPEN && ws.send(execFrame(4, resizeMessage(cols, rows))),
    pause: () => ws.pause(),
    resume: () => ws.resume(),
    close: () => ws.close(1000),
    onFrame: (listener) => ws.on("message", (data) => {
      const frame = asBuffer(data);
      if (frame.length > 0) listener(frame[0]!, frame.subarray(1));
    }),
    onClose: (listener) => {
      ws.on("close", (code, reason) => listener(reason.toString() || `closed (${code})`));
      ws.on("error", (error) => listener(error.message));
    },
  };
}
