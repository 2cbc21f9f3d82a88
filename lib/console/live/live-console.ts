import "server-only";
import type { Clusters } from "@/lib/kube/clusters";
import type { ConsoleSettings } from "../console-settings";
import { exitCodeOf, resizeMessage } from "../exec/exec-frames";
import type { ExecSocket } from "../exec/open-exec-socket";
import { oneLineError } from "../one-line-error";
import { deleteConsolePod } from "../pods/console-pods";
import { ConsoleRecorder, type RecordedChunk, type WriteChunkBatch } from "../recording/console-recorder";
import { ConsoleStream, isOutputStream } from "../recording/console-streams";
import type { ConsoleSocketMode, ServerMessage } from "../socket-messages";
import { beatConsoleHeart, type ConsoleSessionRow } from "../store/console-session-rows";
import { recordConsoleEnd } from "../store/record-console-end";
import { recordConsoleStart } from "../store/record-console-start";
import { liveConsoles, type LiveConsoleHandle } from "./live-consoles";
import { OutputRing } from "./output-ring";
import { startConsoleExec } from "./start-console-exec";
import { TimeBoxes } from "./time-boxes";

// One running session in this process: the exec to the pod, the recorder between it and the
// browsers, the output kept for reconnects, and the time boxes (idle, maximum, reconnect grace,
// heartbeat). Every byte in either direction passes the recorder before it is forwarded.

export interface ConsolePeer {
  readonly mode: ConsoleSocketMode;
  readonly bufferedAmount: number;
  send(data: Buffer | string): void;
  close(code: number, reason: string): void;
}

export interface LiveConsoleDeps {
  clusters: Clusters;
  settings: ConsoleSettings;
  write: WriteChunkBatch;
}

const PAUSE_ABOVE = 8 << 20;
const RESUME_BELOW = 2 << 20;

export class LiveConsole implements LiveConsoleHandle {
  state: LiveConsoleHandle["state"] = "starting";
  private exec?: ExecSocket;
  private recorder?: ConsoleRecorder;
  private driver?: ConsolePeer;
  private readonly watchers = new Set<ConsolePeer>();
  private readonly output = new OutputRing();
  private running?: Extract<ServerMessage, { type: "running" }>;
  private createdPod?: string;
  private size: [number, number] = [80, 24];
  private exitCode: number | null = null;
  private ending?: Promise<void>;
  private paused = false;
  /** Output of the batch being delivered, sent to the browsers as one message after it. */
  private outbox: Buffer[] = [];
  private readonly ticker: NodeJS.Timeout;
  private readonly clock: TimeBoxes;

  constructor(readonly row: ConsoleSessionRow, private readonly deps: LiveConsoleDeps) {
    liveConsoles().set(row.id, this);
    this.clock = new TimeBoxes(deps.settings, row.maxMinutes, Date.now());
    this.ticker = setInterval(() => this.tick(), 250);
  }

  attach(peer: ConsolePeer, from: number): void {
    if (this.ending) return peer.close(1000, "the session has ended");
    if (peer.mode === "drive") {
      const previous = this.driver;
      this.driver = peer;
      this.clock.attached();
      previous?.close(4000, "replaced by a newer connection");
    } else this.watchers.add(peer);
    const replay = this.output.readFrom(from);
    const state = this.state === "running" ? "running" : "starting";
    peer.send(JSON.stringify({ type: "attached", mode: peer.mode, state, offset: replay.from, reset: replay.reset } satisfies ServerMessage));
    if (replay.data.length > 0) peer.send(replay.data);
    if (this.running) peer.send(JSON.stringify(this.running));
    if (peer.mode === "watch") peer.send(JSON.stringify({ type: "size", cols: this.size[0], rows: this.size[1] } satisfies ServerMessage));
  }

  detach(peer: ConsolePeer): void {
    this.watchers.delete(peer);
    if (this.driver !== peer) return;
    this.driver = undefined;
    this.clock.detached(Date.now());
  }

  input(peer: ConsolePeer, data: Buffer): void {
    if (peer !== this.driver || this.state !== "running") return;
    this.clock.input(Date.now());
    this.recorder!.record(ConsoleStream.stdin, data);
  }

  resize(peer: ConsolePeer, cols: number, rows: number): void {
    if (peer !== this.driver) return;
    this.size = [cols, rows];
    if (this.state === "running") this.recorder!.record(ConsoleStream.resize, resizeMessage(cols, rows));
  }

  async start(): Promise<void> {
    try {
      const started = await startConsoleExec(this.row, this.deps.clusters, this.deps.settings, {
        progress: (message) => this.broadcast({ type: "progress", message }),
        isCancelled: () => this.ending !== undefined,
        onPodCreated: (pod) => (this.createdPod = pod),
      });
      this.exec = started.exec;
      if (this.ending) return void started.exec.close();
      await recordConsoleStart(this.row, started.pod, started.image);
      this.recorder = new ConsoleRecorder({
        sessionId: this.row.id,
        write: this.deps.write,
        deliver: (chunk) => this.deliver(chunk),
        onFailure: (error) => void this.end(`${error.message}; the session was ended because it could not be recorded`, { recordingFailed: true }),
        afterBatch: () => (this.sendOutput(), this.relieve()),
        writeTimeoutMs: this.deps.settings.writeTimeoutMs,
      });
      started.exec.onFrame((channel, data) => this.fromPod(channel, data));
      started.exec.onClose((reason) => void this.end(this.exitCode === null ? `the connection to the pod closed (${reason})` : `the console exited with code ${this.exitCode}`));
      this.state = "running";
      this.clock.started(Date.now());
      this.recorder.record(ConsoleStream.resize, resizeMessage(...this.size));
      this.running = { type: "running", pod: started.pod, container: this.row.container, command: this.row.command };
      this.broadcast(this.running);
    } catch (error) {
      await this.end(`could not start: ${oneLineError(error)}`);
    }
  }

  end(reason: string, options: { recordingFailed?: boolean } = {}): Promise<void> {
    if (options.recordingFailed) this.exec?.close(); // fail closed: nothing more reaches the pod
    this.ending ??= this.finish(reason, options.recordingFailed ?? false);
    return this.ending;
  }

  private async finish(reason: string, recordingFailed: boolean): Promise<void> {
    this.state = "ending";
    clearInterval(this.ticker);
    const head = await this.recorder?.close();
    this.exec?.close();
    liveConsoles().delete(this.row.id);
    if (recordingFailed) this.sayEnded(reason, true); // the database is what failed: say so before trying it
    const totals = head ?? { seq: 0, hash: null, inputBytes: 0, outputBytes: 0 };
    await recordConsoleEnd(this.row.id, { status: this.recorder ? "ended" : "failed", reason, exitCode: this.exitCode, chunks: totals.seq, inputBytes: totals.inputBytes, outputBytes: totals.outputBytes, finalHash: totals.hash })
      .catch((e) => console.error(`[pier] console ${this.row.id}: recording its end: ${oneLineError(e)}`));
    this.sayEnded(reason, recordingFailed);
    const connection = this.deps.clusters.find(this.row.cluster)?.connection;
    if (this.createdPod && connection) await deleteConsolePod(connection, this.row.namespace, this.createdPod).catch((e) => console.error(`[pier] console ${this.row.id}: deleting pod ${this.createdPod}: ${oneLineError(e)}`));
    this.state = "ended";
  }

  private sayEnded(reason: string, recordingFailed: boolean): void {
    const ended: ServerMessage = { type: "ended", reason, exitCode: this.exitCode, recordingFailed };
    for (const peer of this.peers()) {
      peer.send(JSON.stringify(ended));
      peer.close(1000, "session ended");
    }
    this.driver = undefined;
    this.watchers.clear();
  }

  private fromPod(channel: number, data: Buffer): void {
    if (channel === ConsoleStream.status) this.exitCode = exitCodeOf(data.toString("utf8"));
    if (!this.recorder?.record(channel, data)) return;
    if (this.recorder.pendingBytes > PAUSE_ABOVE) this.pause();
  }

  /** A recorded chunk goes where it was headed: stdin and resizes to the pod, output to the browsers. */
  private deliver(chunk: RecordedChunk): void {
    if (chunk.stream === ConsoleStream.resize) {
      const { Width, Height } = JSON.parse(chunk.data.toString("utf8")) as { Width: number; Height: number };
      this.tellWatchers({ type: "size", cols: Width, rows: Height });
    }
    if (chunk.stream === ConsoleStream.stdin || chunk.stream === ConsoleStream.resize) return this.exec?.send(chunk.stream, chunk.data);
    if (isOutputStream(chunk.stream)) this.outbox.push(chunk.data);
  }

  private sendOutput(): void {
    if (this.outbox.length === 0) return;
    const data = this.outbox.length === 1 ? this.outbox[0]! : Buffer.concat(this.outbox);
    this.outbox = [];
    this.output.append(data);
    for (const peer of this.peers()) peer.send(data);
    if ((this.driver?.bufferedAmount ?? 0) > PAUSE_ABOVE) this.pause();
  }

  private pause(): void {
    if (this.paused) return;
    this.paused = true;
    this.exec?.pause();
  }

  private relieve(): void {
    if (this.paused && (this.recorder?.pendingBytes ?? 0) < RESUME_BELOW && (this.driver?.bufferedAmount ?? 0) < RESUME_BELOW) {
      this.paused = false;
      this.exec?.resume();
    }
  }

  private tick(): void {
    const running = this.state === "running";
    if (running) this.relieve();
    for (const due of this.clock.check(Date.now(), running)) {
      if (due.kind === "end") return void this.end(due.reason);
      if (due.kind === "warn") this.broadcast({ type: "warning", kind: due.which, endsAt: new Date(due.endsAt).toISOString(), message: due.message });
      else this.beat();
    }
  }

  /** The heartbeat tells other processes this session is alive; failing it means the database is gone. */
  private beat(): void {
    beatConsoleHeart(this.row.id).then(
      (alive) => alive || void this.end("the session was ended elsewhere"),
      (error: unknown) => void this.end(`the database is unreachable (${oneLineError(error)}); the session was ended because it could not be recorded`, { recordingFailed: true }),
    );
  }


  private peers(): ConsolePeer[] {
    return this.driver ? [this.driver, ...this.watchers] : [...this.watchers];
  }

  private tellWatchers(message: ServerMessage): void {
    for (const watcher of this.watchers) watcher.send(JSON.stringify(message));
  }

  private broadcast(message: ServerMessage): void {
    const text = JSON.stringify(message);
    for (const peer of this.peers()) peer.send(text);
  }
}
