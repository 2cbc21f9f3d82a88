// A container's usage profile: which shape (steady, spiky, daily, leak, idle) and at what level,
// chosen deterministically from its namespace, its workload's pod template and an optional
// annotation on that template:
//
//   sim.pier.dev/usage-profile: "leak memory=120Mi period=15m"   (every container of the pod)
//   sim.pier.dev/usage-profile.<container>: "idle"               (one container)
//
// Levels default to a seeded fraction of the container's requests; CPU never exceeds the CPU
// limit (the kernel throttles it), memory above the memory limit is an OOM kill.
import { parseQuantity } from "../core/quantity";
import { seedOf, sequence } from "../core/random";
import type { Container } from "../types/core";

export const PROFILE_ANNOTATION = "sim.pier.dev/usage-profile";
export const PROFILE_KINDS = ["steady", "spiky", "daily", "leak", "idle"] as const;
export type ProfileKind = (typeof PROFILE_KINDS)[number];

/** level + noise x [-1,1] + spikes x [0,1] + daily x [0,1], in units of the profile's base. */
export interface Mix {
  level: number;
  noise: number;
  spikes: number;
  daily: number;
}

export const SHAPES: Record<ProfileKind, { cpu: Mix; memory: Mix }> = {
  steady: { cpu: { level: 1, noise: 0.12, spikes: 0, daily: 0 }, memory: { level: 1, noise: 0.03, spikes: 0, daily: 0 } },
  spiky: { cpu: { level: 0.75, noise: 0.15, spikes: 2.5, daily: 0 }, memory: { level: 0.95, noise: 0.04, spikes: 0.15, daily: 0 } },
  daily: { cpu: { level: 0.3, noise: 0.1, spikes: 0, daily: 1.4 }, memory: { level: 0.8, noise: 0.03, spikes: 0, daily: 0.4 } },
  leak: { cpu: { level: 1, noise: 0.1, spikes: 0, daily: 0 }, memory: { level: 1, noise: 0.02, spikes: 0, daily: 0 } },
  idle: { cpu: { level: 1, noise: 0.3, spikes: 0, daily: 0 }, memory: { level: 1, noise: 0.01, spikes: 0, daily: 0 } },
};

export const peakOf = (m: Mix) => m.level + m.noise + m.spikes + m.daily;

export interface UsageProfile {
  kind: ProfileKind;
  /** Base CPU in cores and memory in bytes; the shape multiplies them. */
  cpu: number;
  memory: number;
  /** Offsets in seconds into the shared patterns: replicas differ only here. */
  cpuPhase: number;
  memoryPhase: number;
  cpuLimit?: number;
  memoryLimit?: number;
  /** leak: bytes added per simulated second since the container started. */
  leakPerSimSecond: number;
  /** leak: simulated seconds until the limit is reached (the OOM), or a daily restart without one. */
  leakCycleSimSeconds: number;
  timeScale: number;
}

export interface ProfileSource {
  namespace: string;
  /** The pod template's owner: Deployment, StatefulSet, Job name, or the bare pod's name. */
  workload: string;
  /** The pod's name, for the per-replica phase; omit for the workload's typical replica. */
  pod?: string;
  annotations?: Record<string, string>;
  container: Container;
  timeScale: number;
}

interface Override {
  kind?: ProfileKind;
  cpu?: number;
  memory?: number;
  periodS?: number;
}

const DURATION = /^(\d+(?:\.\d+)?)(s|m|h)$/;

/** `<kind> [cpu=Q] [memory=Q] [period=30m]`, separated by spaces or commas; bad parts are ignored. */
export function parseProfileAnnotation(text: string | undefined): Override {
  const out: Override = {};
  for (const part of (text ?? "").split(/[\s,;]+/).filter(Boolean)) {
    const [key, value] = part.split("=", 2) as [string, string | undefined];
    if (value === undefined) {
      if ((PROFILE_KINDS as readonly string[]).includes(key)) out.kind = key as ProfileKind;
      continue;
    }
    try {
      if (key === "cpu") out.cpu = parseQuantity(value);
      else if (key === "memory") out.memory = parseQuantity(value);
    } catch {
      // Not a quantity: the seeded default stays.
    }
    const d = key === "period" ? DURATION.exec(value) : null;
    if (d) out.periodS = Number(d[1]) * { s: 1, m: 60, h: 3600 }[d[2] as "s" | "m" | "h"];
  }
  return out;
}

function quantity(map: Record<string, string> | undefined, name: string): number | undefined {
  const value = map?.[name];
  if (value === undefined) return undefined;
  try {
    return parseQuantity(value);
  } catch {
    return undefined;
  }
}

const DEFAULT_LEAK_PERIOD_S = 15 * 60;
const PERIOD_DAY_S = 86_400;
const MiB = 2 ** 20;

export function buildProfile(src: ProfileSource): UsageProfile {
  const c = src.container;
  const random = sequence(seedOf(src.namespace, src.workload, c.name));
  const override = parseProfileAnnotation(src.annotations?.[`${PROFILE_ANNOTATION}.${c.name}`] ?? src.annotations?.[PROFILE_ANNOTATION]);
  const roll = random();
  const kind = override.kind ?? (roll < 0.4 ? "steady" : roll < 0.7 ? "spiky" : "daily");
  const shape = SHAPES[kind];
  const req = c.resources?.requests;
  const lim = c.resources?.limits;
  const cpuLimit = quantity(lim, "cpu");
  const memoryLimit = quantity(lim, "memory");
  const cpuRequest = quantity(req, "cpu");
  const memoryRequest = quantity(req, "memory");

  const cpuFraction = 0.3 + random() * 0.4;
  const memoryFraction = 0.5 + random() * 0.35;
  let cpu = override.cpu ?? (kind === "idle" ? 0.002 : cpuRequest ? cpuRequest * cpuFraction : cpuLimit ? cpuLimit * 0.25 : 0.05);
  if (cpuLimit) cpu = Math.min(cpu, (0.95 * cpuLimit) / peakOf(shape.cpu));
  let memory = override.memory ?? (memoryRequest ? memoryRequest * memoryFraction : memoryLimit ? memoryLimit * 0.5 : 128 * MiB);
  if (kind === "idle" && override.memory === undefined) memory *= 0.6;

  let leakPerSimSecond = 0;
  let leakCycleSimSeconds = PERIOD_DAY_S;
  if (kind === "leak") {
    if (memoryLimit) {
      memory = Math.min(memory, 0.7 * memoryLimit);
      leakCycleSimSeconds = override.periodS ?? DEFAULT_LEAK_PERIOD_S;
      leakPerSimSecond = (memoryLimit - memory) / leakCycleSimSeconds;
    } else {
      // No limit to hit: it doubles over `period` (default 2 h) and is restarted once a day.
      leakPerSimSecond = memory / (override.periodS ?? 7200);
    }
  }
  const podPhase = src.pod ? seedOf(src.pod) % 3600 : 0;
  return {
    kind, cpu, memory, cpuLimit, memoryLimit, leakPerSimSecond, leakCycleSimSeconds, timeScale: src.timeScale,
    cpuPhase: Math.floor(random() * 86_400) + podPhase,
    memoryPhase: Math.floor(random() * 86_400) + podPhase,
  };
}
