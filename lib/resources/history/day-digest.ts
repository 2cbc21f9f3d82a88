import { UsageHistogram } from "./usage-histogram";

// What Pier keeps of one container's usage per UTC day for advice: the histogram of 5-minute
// CPU means (one per replica), the day's CPU max and memory peak, and how many samples from when
// to when. 14 of these answer any advice question; samples themselves are never re-read.

export const MINUTES_PER_DAY = 1440;

export interface DayDigest {
  day: number;
  cpu: UsageHistogram;
  /** Millicores. */
  cpuMax: number;
  /** Bytes. */
  memPeak: number;
  samples: number;
  firstMinute: number;
  lastMinute: number;
}

export const dayOfMinute = (minute: number) => Math.floor(minute / MINUTES_PER_DAY);

export function emptyDay(day: number): DayDigest {
  return { day, cpu: new UsageHistogram(), cpuMax: 0, memPeak: 0, samples: 0, firstMinute: Number.MAX_SAFE_INTEGER, lastMinute: 0 };
}

/** One replica's 5-minute mean CPU (and max within), and its memory peak in that bucket. */
export interface UsageSample {
  minute: number;
  cpuMean: number;
  cpuMax?: number;
  memPeak: number;
}

export function addSample(digest: DayDigest, sample: UsageSample): void {
  digest.cpu.add(sample.cpuMean);
  digest.cpuMax = Math.max(digest.cpuMax, sample.cpuMax ?? sample.cpuMean);
  digest.memPeak = Math.max(digest.memPeak, sample.memPeak);
  digest.samples++;
  digest.firstMinute = Math.min(digest.firstMinute, sample.minute);
  digest.lastMinute = Math.max(digest.lastMinute, sample.minute);
}

export function mergeDays(into: DayDigest, other: DayDigest): void {
  into.cpu.merge(other.cpu);
  into.cpuMax = Math.max(into.cpuMax, other.cpuMax);
  into.memPeak = Math.max(into.memPeak, other.memPeak);
  into.samples += other.samples;
  into.firstMinute = Math.min(into.firstMinute, other.firstMinute);
  into.lastMinute = Math.max(into.lastMinute, other.lastMinute);
}

/** Samples spread over days, as a map of day digests (tests, backfill and the bench build them so). */
export function digestSamples(samples: Iterable<UsageSample>, into = new Map<number, DayDigest>()): Map<number, DayDigest> {
  for (const sample of samples) {
    const day = dayOfMinute(sample.minute);
    let digest = into.get(day);
    if (!digest) into.set(day, (digest = emptyDay(day)));
    addSample(digest, sample);
  }
  return into;
}
