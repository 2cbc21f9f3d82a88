import { sequence } from "@/sim/core/random";
import { digestSamples, type DayDigest, type UsageSample } from "../history/day-digest";

// Synthetic usage for tests and the bench: 5-minute samples of named shapes, deterministic
// (the embedded cluster's seeded generator), ending at `endMs`. CPU in millicores, memory in bytes.

export const MiB = 2 ** 20;
export const DAY_MS = 86_400_000;

/** `elapsed`: minutes since the first sample. */
export type Shape = (minute: number, random: () => number, elapsed: number) => { cpu: number; memory: number };

export const shapes = {
  /** 200m and 300 MiB, +-5 % / +-1 % noise. */
  steady: (_m, r) => ({ cpu: 200 * (0.95 + 0.1 * r()), memory: 300 * MiB * (0.99 + 0.02 * r()) }),
  /** 100m, with 2 % of the 5-minute buckets at 800m (a few bursts a day); 250 MiB. */
  spiky: (_m, r) => ({ cpu: r() < 0.02 ? 800 : 100 * (0.9 + 0.2 * r()), memory: 250 * MiB * (0.98 + 0.04 * r()) }),
  /** A school day: 50m at 03:00 UTC to 450m at 15:00, memory 400 to 600 MiB with it. */
  daily: (m) => {
    const phase = 0.5 - 0.5 * Math.cos((2 * Math.PI * ((m / 60 - 3 + 24) % 24)) / 24);
    return { cpu: 50 + 400 * phase, memory: (400 + 200 * phase) * MiB };
  },
  /** A leak without a limit: 200 MiB growing 30 MiB a day (never restarted); CPU steady at 80m. */
  leak: (_m, _r, elapsed) => ({ cpu: 80, memory: (200 + (30 * elapsed) / 1440) * MiB }),
  /** Asleep: 1m and 40 MiB. */
  idle: () => ({ cpu: 1, memory: 40 * MiB }),
  /** Memory runs into a 192 MiB limit (working set capped there by the kills); CPU 150m. */
  oom: (m) => ({ cpu: 150, memory: Math.min(192 * MiB, (150 + (m % 240) / 4) * MiB) }),
} satisfies Record<string, Shape>;

export function syntheticSamples(shape: Shape, days: number, endMs: number, seed = 1): UsageSample[] {
  const random = sequence(seed);
  const end = Math.floor(endMs / 300_000) * 5;
  const count = Math.floor((days * 1440) / 5);
  const samples: UsageSample[] = [];
  for (let i = count - 1; i >= 0; i--) {
    const minute = end - i * 5;
    const { cpu, memory } = shape(minute, random, (count - 1 - i) * 5);
    samples.push({ minute, cpuMean: cpu, memPeak: memory });
  }
  return samples;
}

export function syntheticDays(shape: Shape, days: number, endMs: number, seed = 1): DayDigest[] {
  return [...digestSamples(syntheticSamples(shape, days, endMs, seed)).values()];
}
