// The shared shapes every usage profile is made of: smooth noise and short spikes, one day long
// in 10-second buckets, built once per process from a fixed seed, plus a daily cycle in closed
// form. Each container reads them at its own phase. Prefix sums make the integral of a shape
// over any interval O(1), so the CPU counter of a container started days ago costs the same as
// one started now, and any past range can be regenerated.
import { sequence } from "../core/random";

export const PERIOD_S = 86_400;
export const BUCKET_S = 10;
const BUCKETS = PERIOD_S / BUCKET_S;

export interface Pattern {
  /** Value per bucket. */
  values: Float64Array;
  /** prefix[i] = integral over buckets 0..i-1, in value-seconds. */
  prefix: Float64Array;
}

function withPrefix(values: Float64Array): Pattern {
  const prefix = new Float64Array(values.length + 1);
  for (let i = 0; i < values.length; i++) prefix[i + 1] = prefix[i]! + values[i]! * BUCKET_S;
  return { values, prefix };
}

/** Value noise in [-1, 1]: three octaves of linearly interpolated random knots (1, 5, 30 min). */
function buildNoise(): Pattern {
  const random = sequence(0x5eed_0001);
  const values = new Float64Array(BUCKETS);
  for (const [spacingS, amplitude] of [[60, 0.5], [300, 0.3], [1800, 0.2]] as const) {
    const knots = Array.from({ length: PERIOD_S / spacingS }, () => random() * 2 - 1);
    for (let i = 0; i < BUCKETS; i++) {
      const x = (i * BUCKET_S) / spacingS;
      const k = Math.floor(x);
      const a = knots[k % knots.length]!;
      const b = knots[(k + 1) % knots.length]!;
      values[i] = values[i]! + amplitude * (a + (b - a) * (x - k));
    }
  }
  let max = 0;
  for (const v of values) max = Math.max(max, Math.abs(v));
  for (let i = 0; i < BUCKETS; i++) values[i] = values[i]! / max;
  return withPrefix(values);
}

/** Spikes in [0, 1]: about five an hour, 30 to 90 s each, a fast rise and a slower decay. */
function buildSpikes(): Pattern {
  const random = sequence(0x5eed_0002);
  const values = new Float64Array(BUCKETS);
  for (let i = 0; i < BUCKETS; i++) {
    if (random() >= 5 / 360) continue;
    const length = 3 + Math.floor(random() * 7);
    const height = 0.5 + random() * 0.5;
    for (let k = 0; k < length; k++) {
      const j = (i + k) % BUCKETS;
      values[j] = Math.max(values[j]!, height * (k === 0 ? 0.6 : 1 - (k - 1) / length));
    }
  }
  return withPrefix(values);
}

export const NOISE = buildNoise();
export const SPIKES = buildSpikes();

const mod = (a: number, n: number) => a - Math.floor(a / n) * n;

/** The pattern's value at `tS` seconds (any real number, periodic). */
export function valueAt(p: Pattern, tS: number): number {
  return p.values[Math.floor(mod(tS, PERIOD_S) / BUCKET_S)]!;
}

/** An antiderivative of the pattern at `tS` seconds (its integral from 0). */
export function integralTo(p: Pattern, tS: number): number {
  const cycles = Math.floor(tS / PERIOD_S);
  const r = tS - cycles * PERIOD_S;
  const i = Math.min(BUCKETS - 1, Math.floor(r / BUCKET_S));
  return cycles * p.prefix[BUCKETS]! + p.prefix[i]! + p.values[i]! * (r - i * BUCKET_S);
}

/** Lowest at 03:00 UTC, highest at 15:00 UTC: a school's day. */
const DAILY_TROUGH_S = 3 * 3600;

/** The daily cycle in [0, 1] at `tS` seconds since the epoch. */
export function dailyAt(tS: number): number {
  return 0.5 - 0.5 * Math.cos((2 * Math.PI * mod(tS - DAILY_TROUGH_S, PERIOD_S)) / PERIOD_S);
}

/** An antiderivative of the daily cycle. */
export function dailyIntegralTo(tS: number): number {
  const cycles = Math.floor((tS - DAILY_TROUGH_S) / PERIOD_S);
  const r = tS - DAILY_TROUGH_S - cycles * PERIOD_S;
  return cycles * PERIOD_S * 0.5 + 0.5 * r - (0.5 * PERIOD_S / (2 * Math.PI)) * Math.sin((2 * Math.PI * r) / PERIOD_S);
}
