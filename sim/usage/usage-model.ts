// Evaluating a profile at any wall-clock time: CPU as an antiderivative of its rate (what
// cAdvisor's counter and metrics-server's windowed rate are made of), memory as the working
// set at an instant. Shapes follow wall-clock time (a daily cycle peaks at the same hour every
// day); the leak grows with simulated time since the container started, so OOM loops run
// `timeScale` times faster like every other simulated delay.
import { BUCKET_S, dailyAt, dailyIntegralTo, integralTo, NOISE, SPIKES, valueAt } from "./patterns";
import { peakOf, SHAPES, type Mix, type UsageProfile } from "./profile";

function mixAt(m: Mix, tS: number, phase: number): number {
  return m.level + m.noise * valueAt(NOISE, tS + phase) + m.spikes * valueAt(SPIKES, tS + phase) + m.daily * dailyAt(tS);
}

function mixIntegral(m: Mix, tS: number, phase: number): number {
  return m.level * tS + m.noise * integralTo(NOISE, tS + phase) + m.spikes * integralTo(SPIKES, tS + phase) + m.daily * dailyIntegralTo(tS);
}

/** Core-seconds at `tMs`, from an arbitrary origin: only differences are meaningful. */
export function cpuSecondsAt(p: UsageProfile, tMs: number): number {
  return p.cpu * mixIntegral(SHAPES[p.kind].cpu, tMs / 1000, p.cpuPhase);
}

/** Instantaneous CPU in cores. */
export function cpuCoresAt(p: UsageProfile, tMs: number): number {
  return p.cpu * mixAt(SHAPES[p.kind].cpu, tMs / 1000, p.cpuPhase);
}

/** Mean CPU in cores over [fromMs, toMs]: what rate() over that window gives. */
export function cpuAverage(p: UsageProfile, fromMs: number, toMs: number): number {
  if (toMs - fromMs < 1) return cpuCoresAt(p, toMs);
  return (cpuSecondsAt(p, toMs) - cpuSecondsAt(p, fromMs)) / ((toMs - fromMs) / 1000);
}

/** Simulated seconds of the run that started at `anchorMs`, wrapped at the leak cycle. */
function leakSeconds(p: UsageProfile, tMs: number, anchorMs: number): number {
  const sim = ((tMs - anchorMs) / 1000) * p.timeScale;
  const cycle = p.leakCycleSimSeconds;
  return sim - Math.floor(sim / cycle) * cycle;
}

/** The working set the process wants at `tMs`, before the cgroup limit acts. */
export function memoryDemandAt(p: UsageProfile, tMs: number, anchorMs: number): number {
  const shaped = p.memory * mixAt(SHAPES[p.kind].memory, tMs / 1000, p.memoryPhase);
  return p.leakPerSimSecond ? shaped + p.leakPerSimSecond * leakSeconds(p, tMs, anchorMs) : shaped;
}

/** The working set as cAdvisor reports it: never above the limit (the kernel kills first). */
export function memoryAt(p: UsageProfile, tMs: number, anchorMs: number): number {
  const demand = memoryDemandAt(p, tMs, anchorMs);
  return p.memoryLimit !== undefined ? Math.min(demand, p.memoryLimit) : demand;
}

/** Wall-clock ms of one leak cycle. */
export function leakCycleMs(p: UsageProfile): number {
  return (p.leakCycleSimSeconds / p.timeScale) * 1000;
}

/**
 * When the run that started at `anchorMs` is OOM-killed, at or after `fromMs` and within
 * `horizonMs`; undefined when it never is. A leak with a limit dies at the end of its first
 * cycle; other shapes only when their peak can pass the limit (scanned bucket by bucket).
 */
export function nextOomAt(p: UsageProfile, anchorMs: number, fromMs: number, horizonMs: number): number | undefined {
  const limit = p.memoryLimit;
  if (limit === undefined || !canExceedLimit(p)) return undefined;
  if (p.leakPerSimSecond && p.memory < limit) return Math.max(fromMs, anchorMs + leakCycleMs(p));
  for (let t = fromMs; t <= fromMs + horizonMs; t += BUCKET_S * 1000) {
    if (memoryDemandAt(p, t, anchorMs) >= limit) return t;
  }
  return undefined;
}

/** Whether the profile can ever want more memory than its limit. */
export function canExceedLimit(p: UsageProfile): boolean {
  if (p.memoryLimit === undefined) return false;
  return p.leakPerSimSecond > 0 || p.memory * peakOf(SHAPES[p.kind].memory) >= p.memoryLimit;
}
