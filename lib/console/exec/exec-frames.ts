// The Kubernetes exec channel protocol (v5.channel.k8s.io, v4 alike for data): binary frames
// whose first byte is the channel. Pure and small so the bridge, tests and the bench share it.

export function execFrame(channel: number, data: Uint8Array | string): Buffer {
  const body = typeof data === "string" ? Buffer.from(data) : data;
  const frame = Buffer.allocUnsafe(body.length + 1);
  frame[0] = channel;
  frame.set(body, 1);
  return frame;
}

/** The resize message of channel 4 as kubectl sends it. */
export function resizeMessage(cols: number, rows: number): Buffer {
  return Buffer.from(JSON.stringify({ Width: cols, Height: rows }));
}

/** The exit code of a status message (channel 3): 0 on Success, the ExitCode cause otherwise, null if unknown. */
export function exitCodeOf(status: string): number | null {
  try {
    const parsed = JSON.parse(status) as { status?: string; details?: { causes?: Array<{ reason?: string; message?: string }> } };
    if (parsed.status === "Success") return 0;
    const cause = parsed.details?.causes?.find((c) => c.reason === "ExitCode");
    return cause?.message && /^\d+$/.test(cause.message) ? Number(cause.message) : null;
  } catch {
    return null;
  }
}
