import { oneLineError } from "../one-line-error";
import { ConsoleStream, isOutputStream } from "./console-streams";
import { genesisHash, hashConsoleChunk } from "./hash-console-chunk";
import { InputLineReader } from "./input-line-reader";

// The recording that fails closed. Every chunk, in either direction, is numbered, time-stamped
// and hash-chained as it arrives, then written with everything that arrived while the previous
// write was in flight (group commit: one INSERT per batch, no waiting when idle); only after
// the batch is committed is each of its chunks delivered (stdin to the pod, output to the
// browser). When a write fails or does not commit in time, nothing more is delivered, pending
// chunks are dropped, and `onFailure` ends the session. A chunk is never delivered unrecorded.

export interface InputLine {
  lineNo: number;
  offsetMs: number;
  text: string;
}

export interface RecordedChunk {
  seq: number;
  offsetMs: number;
  stream: number;
  data: Buffer;
  hash: Buffer;
  /** Typed lines this stdin chunk completed (written with it, for search). */
  lines: InputLine[];
}

export interface ChunkBatch {
  sessionId: string;
  chunks: RecordedChunk[];
}

export type WriteChunkBatch = (batch: ChunkBatch) => Promise<void>;

export interface RecorderOptions {
  sessionId: string;
  write: WriteChunkBatch;
  /** Called for each chunk once it is durably recorded, in recording order. */
  deliver: (chunk: RecordedChunk) => void;
  /** Called once, when a write fails or times out; nothing is delivered after it. */
  onFailure: (error: Error) => void;
  /** Called after each committed batch (backpressure: pending bytes went down). */
  afterBatch?: () => void;
  /** Monotonic milliseconds; default performance.now. */
  now?: () => number;
  maxBatchBytes?: number;
  writeTimeoutMs?: number;
}

export interface RecordingHead {
  seq: number;
  hash: string;
  inputBytes: number;
  outputBytes: number;
}

export class RecordingFailedError extends Error {
  constructor(cause: unknown) {
    super(`recording failed: ${oneLineError(cause)}`, { cause });
    this.name = "RecordingFailedError";
  }
}

function withTimeout(work: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`the database did not commit within ${ms} ms`)), ms)));
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

export class ConsoleRecorder {
  private readonly now: () => number;
  private readonly startedAt: number;
  private readonly lines = new InputLineReader();
  private seq = 0;
  private head: Buffer;
  private lastOffset = 0;
  private lineNo = 0;
  private pending: RecordedChunk[] = [];
  private writing = false;
  private idle: Array<() => void> = [];
  private failure: Error | undefined;
  private closed = false;
  private durable: RecordingHead;
  pendingBytes = 0;

  constructor(private readonly options: RecorderOptions) {
    this.now = options.now ?? (() => performance.now());
    this.startedAt = this.now();
    this.head = genesisHash(options.sessionId);
    this.durable = { seq: 0, hash: this.head.toString("hex"), inputBytes: 0, outputBytes: 0 };
  }

  get failed(): Error | undefined {
    return this.failure;
  }

  /** What is durably recorded so far: the chain's head and byte counts. */
  get recorded(): RecordingHead {
    return { ...this.durable };
  }

  /** Takes a chunk into the recording; false once the recording has failed or closed. */
  record(stream: number, data: Uint8Array): boolean {
    if (this.failure || this.closed) return false;
    if (data.length === 0) return true;
    const offsetMs = (this.lastOffset = Math.max(this.lastOffset, Math.round(this.now() - this.startedAt)));
    const seq = ++this.seq;
    const bytes = Buffer.isBuffer(data) ? data : Buffer.from(data); // callers hand over their buffers
    this.head = hashConsoleChunk(this.head, seq, offsetMs, stream, bytes);
    const lines = stream === ConsoleStream.stdin ? this.lines.push(bytes).map((text) => ({ lineNo: ++this.lineNo, offsetMs, text })) : [];
    this.pending.push({ seq, offsetMs, stream, data: bytes, hash: this.head, lines });
    this.pendingBytes += bytes.length;
    if (!this.writing) void this.flush();
    return true;
  }

  /** Stops taking chunks and waits until everything taken is written (or the recording failed). */
  async close(): Promise<RecordingHead> {
    this.closed = true;
    if (this.writing) await new Promise<void>((resolve) => this.idle.push(resolve));
    return this.recorded;
  }

  private takeBatch(): RecordedChunk[] {
    const max = this.options.maxBatchBytes ?? 1 << 20;
    let bytes = 0;
    let count = 0;
    while (count < this.pending.length && (count === 0 || bytes + this.pending[count]!.data.length <= max)) bytes += this.pending[count++]!.data.length;
    this.pendingBytes -= bytes;
    return this.pending.splice(0, count);
  }

  private async flush(): Promise<void> {
    this.writing = true;
    while (this.pending.length > 0 && !this.failure) {
      const chunks = this.takeBatch();
      try {
        await withTimeout(this.options.write({ sessionId: this.options.sessionId, chunks }), this.options.writeTimeoutMs ?? 2_000);
      } catch (error) {
        this.fail(error);
        break;
      }
      this.noteDurable(chunks);
      for (const chunk of chunks) this.options.deliver(chunk);
      this.options.afterBatch?.();
    }
    this.writing = false;
    for (const resolve of this.idle.splice(0)) resolve();
  }

  private noteDurable(chunks: RecordedChunk[]): void {
    const last = chunks.at(-1)!;
    this.durable.seq = last.seq;
    this.durable.hash = last.hash.toString("hex");
    for (const chunk of chunks) {
      if (chunk.stream === ConsoleStream.stdin) this.durable.inputBytes += chunk.data.length;
      else if (isOutputStream(chunk.stream)) this.durable.outputBytes += chunk.data.length;
    }
  }

  private fail(error: unknown): void {
    this.failure = new RecordingFailedError(error);
    this.pending = [];
    this.pendingBytes = 0;
    this.options.onFailure(this.failure);
  }
}
