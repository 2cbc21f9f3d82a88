import type { AdviceDto, ResourceAdviceDto, Severity } from "../types";
import { confidenceDays, WINDOW_DAYS, type UsageDigest } from "./summarize-usage";
import { cpuSeverity, memorySeverity, worstSeverity } from "./advice-severity";
import { formatCpu, formatBytes } from "@/lib/kube/quantity";

// The recommendation for one container (method: lib/resources/README.md, "Advice"). CPU request
// from the decay-weighted p95 of 5-minute usage plus 10 %, a generous CPU limit; memory request
// = limit from the peak working set plus 15 %, raised after OOM kills; a markup while history
// is short; floors; nothing where history is too short or an HPA scales on the resource.

const MiB = 2 ** 20;
export const ADVICE_RULES = {
  minHistoryHours: 24,
  minSamples: 100,
  cpuMargin: 0.1,
  cpuLimitPerRequest: 2,
  cpuLimitOverMax: 1.2,
  memoryMargin: 0.15,
  oomFactor: 1.2,
  oomMinStep: 100 * MiB,
  floors: { cpu: 10, memory: 64 * MiB },
  repeatedOomKills: 3,
} as const;

export interface AdviceInput {
  digest?: UsageDigest;
  requests: { cpu?: number; memory?: number };
  limits: { cpu?: number; memory?: number };
  oomKills: number;
  /** Resources an HPA scales this workload on ("cpu", "memory"). */
  autoscaledOn: string[];
  workload: string;
}

export type Recommendation = Omit<AdviceDto, "yaml" | "manifestPath">;

const ceilTo = (value: number, step: number) => Math.ceil(value / step - 1e-9) * step;
const roundCpu = (milli: number) => ceilTo(milli, milli < 1000 ? 5 : 50);
const roundMemory = (bytes: number) => ceilTo(bytes, bytes < 1024 * MiB ? 4 * MiB : 64 * MiB);

function confidenceOf(digest: UsageDigest): { level: "low" | "medium" | "high"; days: number; markup: number } {
  const days = confidenceDays(digest);
  // Short histories miss peaks: a markup for the part of the window not seen (the VPA's
  // 1 + 1/confidence idea, gentler, and gone at a full window): x1.46 at 1 day, x1.04 at 7.
  const markup = 1 + 0.5 * Math.max(0, 1 / Math.max(days, 0.5) - 1 / WINDOW_DAYS);
  return { level: days < 3 ? "low" : days < 7 ? "medium" : "high", days: Math.round(days * 10) / 10, markup };
}

function hpaSkip(input: AdviceInput, resource: "cpu" | "memory"): string | undefined {
  if (!input.autoscaledOn.includes(resource)) return undefined;
  const what = resource === "cpu" ? "CPU" : "memory";
  return `an HPA scales ${input.workload} on ${what} utilization, a share of the request: a new request moves when it scales, so size the HPA's target instead`;
}

function adviseCpu(input: AdviceInput, digest: UsageDigest, markup: number): ResourceAdviceDto {
  const current = { request: input.requests.cpu, limit: input.limits.cpu };
  const skipped = hpaSkip(input, "cpu");
  if (skipped) return { skipped, request: { current: current.request }, limit: { current: current.limit }, severity: "good", why: skipped };
  const request = Math.max(ADVICE_RULES.floors.cpu, roundCpu(digest.cpu.p95 * (1 + ADVICE_RULES.cpuMargin) * markup));
  const limit = roundCpu(Math.max(request * ADVICE_RULES.cpuLimitPerRequest, digest.cpu.max * ADVICE_RULES.cpuLimitOverMax));
  const difference = current.request === undefined ? undefined : request - current.request;
  const floor = request === ADVICE_RULES.floors.cpu ? ` (floor ${formatCpu(ADVICE_RULES.floors.cpu)})` : "";
  return {
    request: { current: current.request, recommended: request },
    limit: { current: current.limit, recommended: limit },
    difference,
    severity: current.request === undefined ? "warning" : cpuSeverity(difference!),
    why: `p95 of 5-minute CPU over ${WINDOW_DAYS} days (recent days weigh more) is ${formatCpu(digest.cpu.p95)}, +10 %${markup > 1.05 ? ` x${markup.toFixed(2)} for short history` : ""}${floor}; limit 2x the request or 1.2x the max ${formatCpu(digest.cpu.max)}`,
  };
}

function adviseMemory(input: AdviceInput, digest: UsageDigest, markup: number): ResourceAdviceDto {
  const current = { request: input.requests.memory, limit: input.limits.memory };
  const skipped = hpaSkip(input, "memory");
  if (skipped) return { skipped, request: { current: current.request }, limit: { current: current.limit }, severity: "good", why: skipped };
  let target = digest.memoryPeak * (1 + ADVICE_RULES.memoryMargin) * markup;
  let why = `peak working set over ${WINDOW_DAYS} days is ${formatBytes(digest.memoryPeak)}, +15 %${markup > 1.05 ? ` x${markup.toFixed(2)} for short history` : ""}`;
  const killedAt = current.limit;
  if (input.oomKills > 0 && killedAt !== undefined) {
    // The kill cut the peak short at the limit: what it wanted is unknown, so step clearly above.
    const afterOom = Math.max(killedAt * ADVICE_RULES.oomFactor, killedAt + ADVICE_RULES.oomMinStep);
    if (afterOom > target) why = `OOM-killed ${input.oomKills}x at its ${formatBytes(killedAt)} limit, so the peak it wanted is unknown: limit +20 % (at least +100 MiB)`;
    target = Math.max(target, afterOom);
  }
  const value = Math.max(ADVICE_RULES.floors.memory, roundMemory(target));
  if (value === ADVICE_RULES.floors.memory) why += ` (floor ${formatBytes(ADVICE_RULES.floors.memory)})`;
  const difference = current.request === undefined ? undefined : value - current.request;
  const severity: Severity = input.oomKills > 0 ? "critical" : current.request === undefined ? "warning" : memorySeverity(difference!);
  return { request: { current: current.request, recommended: value }, limit: { current: current.limit, recommended: value }, difference, severity, why: `${why}; request = limit` };
}

function notesOf(input: AdviceInput, digest: UsageDigest, confidence: { level: string; days: number; markup: number }): string[] {
  const notes: string[] = [];
  if (input.oomKills >= ADVICE_RULES.repeatedOomKills) {
    notes.push(`OOM-killed ${input.oomKills} times in ${WINDOW_DAYS} days: if memory climbs until each kill (a leak), more memory only spaces the kills out. Check the memory chart.`);
  }
  const peaks = digest.dailyMemoryPeaks.slice(-5);
  const rising = peaks.length >= 4 && peaks.every((p, i) => i === 0 || p > peaks[i - 1]!) && peaks[peaks.length - 1]! >= peaks[0]! * 1.2;
  if (rising) notes.push(`Memory peaks rose every day for ${peaks.length} days (${formatBytes(peaks[0]!)} to ${formatBytes(peaks[peaks.length - 1]!)}): a leak? The advice sizes for the highest peak, which will not hold.`);
  if (confidence.level === "low") notes.push(`Only ${confidence.days} days of history: the advice adds x${confidence.markup.toFixed(2)} for peaks not seen yet.`);
  return notes;
}

function basisOf(input: AdviceInput, digest?: UsageDigest) {
  return {
    historyHours: Math.round((digest?.historyHours ?? 0) * 10) / 10,
    samples: digest?.samples ?? 0,
    cpuP50: digest?.cpu.p50, cpuP90: digest?.cpu.p90, cpuP95: digest?.cpu.p95, cpuMax: digest?.cpu.max,
    memoryPeak: digest?.memoryPeak,
    oomKills: input.oomKills,
  };
}

export function recommendResources(input: AdviceInput): Recommendation {
  const { digest } = input;
  const basis = basisOf(input, digest);
  if (!digest || digest.historyHours < ADVICE_RULES.minHistoryHours || digest.samples < ADVICE_RULES.minSamples) {
    const have = digest ? `only ${Math.floor(digest.historyHours)} h of history (${digest.samples} samples)` : "no usage history yet";
    return { status: "none", reason: `${have}: advice needs ${ADVICE_RULES.minHistoryHours} h and ${ADVICE_RULES.minSamples} samples, to see a whole daily cycle`, basis, severity: "good", notes: [] };
  }
  const confidence = confidenceOf(digest);
  const cpu = adviseCpu(input, digest, confidence.markup);
  const memory = adviseMemory(input, digest, confidence.markup);
  if (cpu.skipped && memory.skipped) return { status: "none", reason: `${cpu.skipped} (CPU and memory)`, basis, severity: "good", notes: [] };
  return {
    status: "advice",
    confidence: { level: confidence.level, days: confidence.days },
    basis,
    cpu,
    memory,
    severity: worstSeverity([cpu.severity, memory.severity]),
    notes: notesOf(input, digest, confidence),
  };
}
