// One upgraded exec/attach WebSocket: framed writes per channel, client frames decoded, the
// final Status sent exactly once before the socket closes.
//
// Frames go out one at a time, each after the previous was written, starting once the 101
// response is out. Node merges writes queued behind a pending one into one TLS record, and
// Debian's python client polls the raw socket between frames: a second frame left decrypted in
// its SSL buffer is never read, and it hangs. Pacing also gives back-pressure: a chatty process
// is paused while frames wait.
import type { Readable } from "node:stream";
import { WebSocket } from "ws";
import { frame, parseClientFrame, STATUS, type ChannelProtocol, type ClientFrame, type ExecStatus } from "./channel-protocol";

const HIGH_WATER = 4 * 2 ** 20;
const LOW_WATER = 2 ** 20;

export class ChannelSocket {
  private queue: Array<{ data: Buffer; flushed?: () => void }> = [];
  private queuedBytes = 0;
  private writing = true;
  private closing = false;

  /** `ready` settles when the handshake response has been written. */
  constructor(
    readonly ws: WebSocket,
    readonly protocol: ChannelProtocol,
    ready: Promise<void>,
  ) {
    void ready.then(() => {
      this.writing = false;
      this.pump();
    });
  }

  get open(): boolean {
    return this.ws.readyState === WebSocket.OPEN && !this.closing;
  }

  send(channel: number, data: Buffer | string, flushed?: () => void): void {
    if (!this.open) return;
    const framed = frame(channel, data);
    this.queue.push({ data: framed, flushed });
    this.queuedBytes += framed.length;
    this.pump();
  }

  private pump(): void {
    if (this.writing) return;
    const next = this.queue.shift();
    if (!next) {
      if (this.closing && this.ws.readyState === WebSocket.OPEN) this.ws.close(1000);
      return;
    }
    if (this.ws.readyState !== WebSocket.OPEN) return;
    this.writing = true;
    this.ws.send(next.data, { binary: true }, () => {
      this.writing = false;
      this.queuedBytes -= next.data.length;
      next.flushed?.();
      this.pump();
    });
  }

  /** Forwards a stream to a channel (null: read and drop), pausing it while frames wait. */
  forward(from: Readable, channel: number | null): void {
    from.on("data", (chunk: Buffer) => {
      if (channel === null) return;
      this.send(channel, chunk, () => {
        if (from.isPaused() && this.queuedBytes < LOW_WATER) from.resume();
      });
      if (this.queuedBytes > HIGH_WATER) from.pause();
    });
  }

  onFrame(handler: (f: ClientFrame) => void): void {
    this.ws.on("message", (data: Buffer | ArrayBuffer | Buffer[]) => {
      const buf = Buffer.isBuffer(data) ? data : Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data);
      handler(parseClientFrame(buf, this.protocol));
    });
  }

  onClose(handler: () => void): void {
    this.ws.on("close", handler);
    this.ws.on("error", handler);
  }

  /** The status channel, then a normal close once every frame is out. */
  finish(status: ExecStatus): void {
    if (!this.open) return;
    this.send(STATUS, JSON.stringify(status));
    this.closing = true;
    this.pump();
  }

  close(): void {
    this.closing = true;
    this.queue = [];
    if (this.ws.readyState === WebSocket.OPEN || this.ws.readyState === WebSocket.CONNECTING) this.ws.close(1000);
  }
}
