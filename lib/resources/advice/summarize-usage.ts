import { MINUTES_PER_DAY, type DayDigest } from "../history/day-digest";
import { weightedPercentiles } from "../history/usage-histogram";

// A container's usage over the advice window, from its day digests: CPU percentiles with each
// day weighted by its age (half-life 7 days: last week counts twice the week before, a school's
// weekly rhythm stays in view, unlike the VPA's 24 h half-life), CPU max, memory peak (not
// decayed: a Monday peak 13 days ago still needs room), and how much history there is.

export const WINDOW_DAYS = 14;
export const HALF_LIFE_DAYS = 7;

export interface UsageDigest {
  historyHours: number;
  samples: number;
  cpu: { p50: number; p90: number; p95: number; max: number };
  memoryPeak: number;
  /** Memory peak per day with samples, oldest first (leak detection). */
  dailyMemoryPeaks: number[];
}

export function summarizeUsage(days: DayDigest[], nowMs: number, windowDays = WINDOW_DAYS, halfLifeDays = HALF_LIFE_DAYS): UsageDigest | undefined {
  const nowDay = nowMs / 86_400_000;
  const inWindow = days.filter((d) => d.samples > 0 && d.day + 1 > nowDay - windowDays && d.day <= nowDay).sort((a, b) => a.day - b.day);
  if (!inWindow.length) return undefined;
  const parts = inWindow.map((d) => ({ histogram: d.cpu, weight: 0.5 ** ((nowDay - (d.day + 0.5)) / halfLifeDays) }));
  const [p50, p90, p95] = weightedPercentiles(parts, [0.5, 0.9, 0.95]) as number[];
  const max = Math.max(...inWindow.map((d) => d.cpuMax));
  const first = Math.min(...inWindow.map((d) => d.firstMinute));
  const last = Math.max(...inWindow.map((d) => d.lastMinute));
  return {
    historyHours: (last - first) / 60 + 5 / 60, // the last bucket covers its 5 minutes
    samples: inWindow.reduce((sum, d) => sum + d.samples, 0),
    // A bucket's upper edge can pass what was ever seen: never report more than the max.
    cpu: { p50: Math.min(p50!, max), p90: Math.min(p90!, max), p95: Math.min(p95!, max), max },
    memoryPeak: Math.max(...inWindow.map((d) => d.memPeak)),
    dailyMemoryPeaks: inWindow.map((d) => d.memPeak),
  };
}

/** Days of history that count: the shorter of its length and its samples at one per 5 minutes. */
export function confidenceDays(digest: Pick<UsageDigest, "historyHours" | "samples">): number {
  return Math.min(digest.historyHours / 24, digest.samples / (MINUTES_PER_DAY / 5));
}
