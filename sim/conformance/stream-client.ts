// A raw exec/attach client for the conformance suite and the bench: one WebSocket with the
// channel protocols, recording every frame the server sends, so tests can check what kubectl
// and client-node only use (the status JSON, that channel 255 is never sent, v4 vs v5).
import { WebSocket } from "ws";
import type { RunningCluster } from "../index";

export interface StreamOutcome {
  stdout: string;
  stderr: string;
  /** The status channel's JSON, if the server sent one. */
  status?: { status: string; message?: string; reason?: string; details?: { causes?: Array<{ reason: string; message: string }> } };
  /** Every channel the server wrote to, in order. */
  channels: number[];
  closeCode: number;
}

export interface StreamClient {
  ws: WebSocket;
  protocol: string;
  /** Output so far. */
  stdout(): string;
  send(channel: number, data: Buffer | string): void;
  /** v5's stdin close: [255, 0]. */
  closeStdin(): void;
  resize(width: number, height: number, keys?: [string, string]): void;
  /** Resolves when the server closes the socket. */
  done: Promise<StreamOutcome>;
}

export interface Refused {
  status: number;
  body: string;
}

/** Where to connect: a running cluster, or its URL, token and CA (the bench's child process). */
export type StreamTarget = Pick<RunningCluster, "url" | "token" | "caPem">;

/** Opens `path` (…/exec?… or …/attach?…); rejects with `Refused` when the upgrade is refused. */
export function openStream(cluster: StreamTarget, path: string, opts: { protocols?: string[]; token?: string | null } = {}): Promise<StreamClient> {
  const url = `${cluster.url.replace(/^http/, "ws")}${path}`;
  const headers: Record<string, string> = opts.token === null ? {} : { authorization: `Bearer ${opts.token ?? cluster.token}` };
  const ws = new WebSocket(url, opts.protocols ?? ["v5.channel.k8s.io"], { ca: cluster.caPem, headers });
  let stdout = "";
  let stderr = "";
  const channels: number[] = [];
  let status: StreamOutcome["status"];
  ws.on("message", (data: Buffer) => {
    const channel = data[0]!;
    channels.push(channel);
    const text = data.subarray(1).toString("utf8");
    if (channel === 1) stdout += text;
    else if (channel === 2) stderr += text;
    else if (channel === 3) status = JSON.parse(text) as StreamOutcome["status"];
  });
  const done = new Promise<StreamOutcome>((resolve) => ws.on("close", (code) => resolve({ stdout, stderr, status, channels, closeCode: code })));
  return new Promise((resolve, reject) => {
    ws.on("unexpected-response", (_req, res) => {
      let body = "";
      res.on("data", (c: Buffer) => (body += c.toString()));
      res.on("end", () => reject({ status: res.statusCode ?? 0, body } satisfies Refused));
    });
    ws.on("error", reject);
    ws.on("open", () => resolve({
      ws, protocol: ws.protocol, done,
      stdout: () => stdout,
      send: (channel, data) => ws.send(Buffer.concat([Buffer.from([channel]), Buffer.from(data)])),
      closeStdin: () => ws.send(Buffer.from([255, 0])),
      resize: (width, height, keys = ["Width", "Height"]) => ws.send(Buffer.concat([Buffer.from([4]), Buffer.from(JSON.stringify({ [keys[0]]: width, [keys[1]]: height }))])),
    }));
  });
}

/** The exec path for a pod and command. */
export function execPath(namespace: string, pod: string, command: string[], opts: { container?: string; stdin?: boolean; tty?: boolean } = {}): string {
  const q = new URLSearchParams();
  for (const c of command) q.append("command", c);
  if (opts.container) q.set("container", opts.container);
  q.set("stdout", "true");
  q.set("stderr", String(!opts.tty));
  if (opts.stdin) q.set("stdin", "true");
  if (opts.tty) q.set("tty", "true");
  return `/api/v1/namespaces/${namespace}/pods/${pod}/exec?${q}`;
}
