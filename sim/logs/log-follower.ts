// Follows a running container's log as time passes (logs -f, attach): polls the timeline for
// the lines since the last poll, and when the run ends (crash, OOM kill, restart, deletion)
// delivers its last lines and stops, like the kubelet closing the stream. One timer per open
// stream, none per container.
import type { ClusterContext } from "../cluster/context";
import type { Pod } from "../types/core";
import type { LogLine } from "./log-line";
import { SLOT_SIM_MS, type LogSource } from "./log-source";
import { linesBetween } from "./log-timeline";

export interface FollowOptions {
  namespace: string;
  pod: string;
  container: string;
  containerID: string;
  source: LogSource;
  /** Lines from this wall-clock ms on. */
  fromMs: number;
  onLines(lines: LogLine[]): void;
  onEnd(): void;
}

export class LogFollowers {
  private timers = new Set<NodeJS.Timeout>();

  constructor(private readonly ctx: ClusterContext) {}

  /** Starts following; returns a function that stops it. */
  follow(o: FollowOptions): () => void {
    let cursor = o.fromMs;
    const pollMs = Math.min(500, Math.max(50, SLOT_SIM_MS / this.ctx.clock.timeScale / 2));
    const stop = () => {
      clearInterval(timer);
      this.timers.delete(timer);
    };
    const timer = setInterval(() => {
      const now = this.ctx.clock.now();
      const ended = this.endOf(o);
      if (ended === undefined) {
        const lines = linesBetween(o.source, cursor, now);
        cursor = now;
        if (lines.length) o.onLines(lines);
        return;
      }
      stop();
      if (ended) {
        const lines = linesBetween(ended, cursor, Infinity);
        if (lines.length) o.onLines(lines);
      }
      o.onEnd();
    }, pollMs);
    this.timers.add(timer);
    return stop;
  }

  /** undefined while the run goes on; its finished source when it ended; null when the pod is gone. */
  private endOf(o: FollowOptions): LogSource | null | undefined {
    const pod = this.ctx.store.get("pods", o.namespace, o.pod)?.object as Pod | undefined;
    if (!pod) return null;
    const status = pod.status?.containerStatuses?.find((s) => s.name === o.container);
    if (status?.containerID === o.containerID && status.state.running && !pod.metadata.deletionTimestamp) return undefined;
    const t = [status?.state.terminated, status?.lastState?.terminated].find((x) => x?.containerID === o.containerID);
    if (!t?.finishedAt) return pod.metadata.deletionTimestamp ? undefined : null;
    return { ...o.source, endedMs: Date.parse(t.finishedAt), exit: { exitCode: t.exitCode, reason: t.reason ?? "" } };
  }

  stopAll(): void {
    for (const timer of this.timers) clearInterval(timer);
    this.timers.clear();
  }
}
