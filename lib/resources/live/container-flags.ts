import { formatBytes, formatCpu } from "@/lib/kube/quantity";
import type { FiguresDto, FlagDto, FlagId } from "../types";

// The flags of one running container, each with a one-line explanation carrying the numbers.
// Near limit = 90 % of it; waste = usage (the history's p95 CPU / memory peak when known, else
// now) at most half the request and at least 100m / 128 MiB below it; OOM-killed = last run
// ended OOMKilled within a day. Pure.

const MiB = 2 ** 20;
export const FLAG_RULES = { nearLimit: 0.9, wasteShare: 0.5, wasteCpu: 100, wasteMemory: 128 * MiB, oomRecentMs: 24 * 3600_000 } as const;

/** How much each flag adds to a workload's risk (SRE view sort). */
export const FLAG_RISK: Record<FlagId, number> = {
  "oom-killed": 10, "memory-near-limit": 4, "no-memory-limit": 2, "memory-above-request": 2, "no-memory-request": 2, "cpu-near-limit": 2,
  "no-cpu-request": 1, "no-cpu-limit": 1, "cpu-above-request": 1, "cpu-waste": 0, "memory-waste": 0,
};

export interface FlagInput {
  cpu: FiguresDto;
  memory: FiguresDto;
  restarts: number;
  lastTermination?: { reason?: string; finishedAt?: string };
  nowMs: number;
  /** From history, when there is enough: p95 CPU and peak memory over the advice window. */
  history?: { cpuP95: number; memoryPeak: number; days: number };
}

const pct = (fraction: number) => `${Math.round(fraction * 100)} %`;
const ago = (ms: number) => (ms < 3600_000 ? `${Math.max(1, Math.round(ms / 60_000))} min ago` : `${Math.round(ms / 3600_000)} h ago`);

function wasteFlag(kind: "cpu" | "memory", figures: FiguresDto, history: FlagInput["history"]): FlagDto | undefined {
  const request = figures.request;
  const basis = history ? (kind === "cpu" ? history.cpuP95 : history.memoryPeak) : figures.usage;
  if (request === undefined || basis === undefined) return undefined;
  const minimum = kind === "cpu" ? FLAG_RULES.wasteCpu : FLAG_RULES.wasteMemory;
  if (basis > request * FLAG_RULES.wasteShare || request - basis < minimum) return undefined;
  const format = kind === "cpu" ? formatCpu : formatBytes;
  const what = history ? `${kind === "cpu" ? "p95" : "peak"} usage ${format(basis)} over ${Math.round(history.days)} days` : `usage now ${format(basis)}`;
  return {
    id: `${kind}-waste`, severity: "warning", label: `${kind === "cpu" ? "CPU" : "memory"} request far above usage`,
    explanation: `${what} is ${pct(basis / request)} of the ${format(request)} request: ${format(request - basis)} reserved for nothing`,
  };
}

function resourceFlags(kind: "cpu" | "memory", f: FiguresDto, history: FlagInput["history"]): FlagDto[] {
  const cpu = kind === "cpu";
  const name = cpu ? "CPU" : "memory";
  const format = cpu ? formatCpu : formatBytes;
  const flags: FlagDto[] = [];
  if (f.request === undefined) {
    flags.push({ id: `no-${kind}-request`, severity: "warning", label: `no ${name} request`, explanation: cpu ? "no CPU request: the scheduler reserves nothing, and under contention it gets the smallest share" : "no memory request: the scheduler reserves nothing, and it is among the first evicted when the node runs short" });
  }
  if (f.limit === undefined) {
    flags.push({ id: `no-${kind}-limit`, severity: "warning", label: `no ${name} limit`, explanation: cpu ? "no CPU limit: it may take every idle core of its node, and a runaway loop slows its neighbours" : "no memory limit: a leak grows until the node runs out and evicts pods, not only this one" });
  }
  if (f.usage !== undefined && f.request !== undefined && f.usage > f.request) {
    flags.push({ id: `${kind}-above-request`, severity: cpu ? "info" : "warning", label: `${name} above request`, explanation: cpu ? `bursting: uses ${format(f.usage)}, above its ${format(f.request)} request, on CPU its node can take back` : `uses ${format(f.usage)}, above its ${format(f.request)} request: first to be evicted when the node runs short of memory` });
  }
  if (f.usage !== undefined && f.limit !== undefined && f.usage >= f.limit * FLAG_RULES.nearLimit) {
    flags.push({ id: `${kind}-near-limit`, severity: cpu ? "warning" : "critical", label: `${name} near limit`, explanation: cpu ? `uses ${format(f.usage)} of its ${format(f.limit)} limit (${pct(f.usage / f.limit)}): throttled, requests slow down` : `uses ${format(f.usage)} of its ${format(f.limit)} limit (${pct(f.usage / f.limit)}): an OOM kill is near` });
  }
  const waste = wasteFlag(kind, f, history);
  if (waste) flags.push(waste);
  return flags;
}

export function containerFlags(input: FlagInput): FlagDto[] {
  const flags: FlagDto[] = [];
  const last = input.lastTermination;
  const finished = last?.finishedAt ? Date.parse(last.finishedAt) : undefined;
  if (last?.reason === "OOMKilled" && (finished === undefined || input.nowMs - finished <= FLAG_RULES.oomRecentMs)) {
    const when = finished === undefined ? "" : ` ${ago(input.nowMs - finished)}`;
    const limit = input.memory.limit === undefined ? "" : ` at its ${formatBytes(input.memory.limit)} limit`;
    flags.push({ id: "oom-killed", severity: "critical", label: "OOMKilled recently", explanation: `OOMKilled${when}${limit}: the kernel killed it for memory and it restarted (${input.restarts} restarts)` });
  }
  return [...flags, ...resourceFlags("cpu", input.cpu, input.history), ...resourceFlags("memory", input.memory, input.history)];
}

/** Usage against request and limit as plain figures plus their ratios. */
export function figuresOf(usage: number | undefined, request: number | undefined, limit: number | undefined): FiguresDto {
  return {
    usage, request, limit,
    ofRequest: usage !== undefined && request ? usage / request : undefined,
    ofLimit: usage !== undefined && limit ? usage / limit : undefined,
  };
}

export const riskOf = (flags: FlagDto[]) => flags.reduce((sum, f) => sum + FLAG_RISK[f.id], 0);
