// The Kubernetes streaming sub-protocols over WebSocket (v5.channel.k8s.io, v4.channel.k8s.io):
// binary frames whose first byte is the channel (0 stdin, 1 stdout, 2 stderr, 3 status, 4
// resize). v5 adds a close signal from the client, [255, channel], which ends that stream; the
// server never sends channel 255 (client-node throws "Unknown stream: 255"). The status
// channel carries one JSON Status, then the socket closes.

export const PROTOCOL_V5 = "v5.channel.k8s.io";
export const PROTOCOL_V4 = "v4.channel.k8s.io";
/** In the order the server prefers them (client-node offers v5..v1; kubectl v5; python v4). */
export const PROTOCOLS = [PROTOCOL_V5, PROTOCOL_V4] as const;
export type ChannelProtocol = (typeof PROTOCOLS)[number];

export const STDIN = 0;
export const STDOUT = 1;
export const STDERR = 2;
export const STATUS = 3;
export const RESIZE = 4;
export const CLOSE = 255;

/** The protocol to answer with, from the client's Sec-WebSocket-Protocol offer. */
export function chooseProtocol(offered: Iterable<string>): ChannelProtocol | undefined {
  const set = new Set([...offered].map((p) => p.trim()));
  return PROTOCOLS.find((p) => set.has(p));
}

export function frame(channel: number, data: Buffer | string): Buffer {
  const body = typeof data === "string" ? Buffer.from(data, "utf8") : data;
  const out = Buffer.allocUnsafe(body.length + 1);
  out[0] = channel;
  body.copy(out, 1);
  return out;
}

export type ClientFrame =
  | { type: "stdin"; data: Buffer }
  | { type: "close"; channel: number }
  | { type: "resize"; width: number; height: number }
  | { type: "ignored"; why: string };

/** `{"Width":80,"Height":24}`; client-node sends lowercase keys, so keys match case-insensitively. */
export function parseResize(text: string): { width: number; height: number } | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== "object" || value === null) return undefined;
  const entries = Object.entries(value as Record<string, unknown>).map(([k, v]) => [k.toLowerCase(), v] as const);
  const get = (key: string) => entries.find(([k]) => k === key)?.[1];
  const width = Number(get("width"));
  const height = Number(get("height"));
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 0 || height < 0 || width > 65_535 || height > 65_535) return undefined;
  return { width, height };
}

export function parseClientFrame(data: Buffer, protocol: ChannelProtocol): ClientFrame {
  if (data.length === 0) return { type: "ignored", why: "empty frame" };
  const channel = data[0]!;
  const body = data.subarray(1);
  if (channel === STDIN) return { type: "stdin", data: body };
  if (channel === RESIZE) {
    const size = parseResize(body.toString("utf8"));
    return size ? { type: "resize", ...size } : { type: "ignored", why: "malformed resize" };
  }
  if (channel === CLOSE && protocol === PROTOCOL_V5 && body.length >= 1) return { type: "close", channel: body[0]! };
  return { type: "ignored", why: `channel ${channel} is not written by clients` };
}

export interface ExecStatus {
  metadata: Record<string, never>;
  status: "Success" | "Failure";
  message?: string;
  reason?: string;
  details?: { causes: Array<{ reason: string; message: string }> };
}

export const successStatus = (): ExecStatus => ({ metadata: {}, status: "Success" });

/** What the kubelet reports for a non-zero exit; kubectl exits with the ExitCode cause. */
export function exitStatus(exitCode: number, command: string[]): ExecStatus {
  return {
    metadata: {}, status: "Failure", reason: "NonZeroExitCode",
    message: `command terminated with non-zero exit code: error executing command [${command.join(" ")}], exit code ${exitCode}`,
    details: { causes: [{ reason: "ExitCode", message: String(exitCode) }] },
  };
}

/** A command that never started (not on the allow-list): the runtime's message, exit 126/127. */
export function startFailureStatus(exitCode: number, runtimeMessage: string): ExecStatus {
  return { ...exitStatus(exitCode, []), message: runtimeMessage };
}
