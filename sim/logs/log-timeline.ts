// The log of one container run as a pure function of time: boot lines, then slots of
// simulated time each holding a few requests (more when the CPU profile is busy), then the
// lines of its end. Any window [from, to) can be generated on its own, which is what tail,
// sinceSeconds and follow need. The kubelet keeps the last hour of simulated time (rotation).
import { cpuCoresAt } from "../usage/usage-model";
import { peakOf, SHAPES } from "../usage/profile";
import { compareLines, type LogLine, type LogStyle } from "./log-line";
import { BOOT_SIM_MS, SLOT_SIM_MS, type LogSource, type StyleWriter } from "./log-source";
import { jobLog } from "./job-log";
import { nginxLog } from "./nginx-log";
import { railsLog } from "./rails-log";

/** Simulated time the log keeps (older lines were rotated away). */
export const RETAIN_SIM_MS = 3600_000;
/** End lines (graceful stop, crash) come within this much simulated time before a run ends. */
const END_LINES_SIM_MS = 400;

const WRITERS: Record<LogStyle, StyleWriter> = { rails: railsLog, nginx: nginxLog, job: jobLog };

/** Request pressure in [0, 1] at a moment: the CPU profile relative to its peak; idle is quiet. */
function loadAt(src: LogSource, ms: number): number {
  if (src.profile.kind === "idle") return 0;
  return Math.min(1, cpuCoresAt(src.profile, ms) / (src.profile.cpu * peakOf(SHAPES[src.profile.kind].cpu)));
}

/** Lines with from <= time < to (and not after the run's end). */
export function linesBetween(src: LogSource, fromMs: number, toMs: number): LogLine[] {
  const end = Math.min(toMs, src.endedMs === undefined ? Infinity : src.endedMs + 1);
  if (end <= fromMs) return [];
  const out: LogLine[] = [];
  const push = (simMs: number, text: string, limit = end) => {
    const wall = src.startedMs + simMs / src.timeScale;
    if (wall < fromMs || wall >= limit) return;
    const ms = Math.floor(wall);
    out.push({ ms, nanos: Math.round((wall - ms) * 1e6) % 1_000_000, text });
  };
  const writer = WRITERS[src.style];
  writer.boot(src, push);
  if (!src.crashes) {
    const toSim = (ms: number) => (ms - src.startedMs) * src.timeScale;
    const first = Math.max(BOOT_SIM_MS / SLOT_SIM_MS, Math.floor(toSim(fromMs) / SLOT_SIM_MS));
    const last = Math.ceil(toSim(end) / SLOT_SIM_MS);
    // Requests stop before the end lines (a graceful stop, a crash) begin.
    const limit = src.endedMs === undefined ? end : Math.min(end, src.endedMs - END_LINES_SIM_MS / src.timeScale);
    const slotPush = (simMs: number, text: string) => push(simMs, text, limit);
    for (let k = first; k < last; k++) {
      const slotStart = k * SLOT_SIM_MS;
      writer.slot(src, k, slotStart, loadAt(src, src.startedMs + slotStart / src.timeScale), slotPush);
    }
  }
  if (src.endedMs !== undefined) {
    const endSim = (src.endedMs - src.startedMs) * src.timeScale;
    writer.end(src, (before, text) => push(Math.max(0, endSim - before), text));
  }
  return out.sort(compareLines);
}

/** The first wall-clock ms the kubelet still has for this run at `nowMs`. */
export function retainedFrom(src: LogSource, nowMs: number): number {
  return Math.max(src.startedMs, (src.endedMs ?? nowMs) - RETAIN_SIM_MS / src.timeScale);
}
