import { digestSamples, type DayDigest, type UsageSample } from "../history/day-digest";

// Each replica's samples within the open 5-minute buckets, in memory until the bucket closes:
// then its mean CPU (and max) and memory peak become one sample of the series' day digest.
// What advice counts is thus per replica and per 5 minutes, as Prometheus' rate(...[5m]) would.

interface Accumulated {
  cpuSum: number;
  count: number;
  cpuMax: number;
  memMax: number;
}

export class FiveMinuteAccumulator {
  /** bucket minute -> series -> pod -> sums */
  private readonly buckets = new Map<number, Map<number, Map<string, Accumulated>>>();

  add(seriesId: number, pod: string, minute: number, cpu: number, memory: number): void {
    const bucket = Math.floor(minute / 5) * 5;
    let bySeries = this.buckets.get(bucket);
    if (!bySeries) this.buckets.set(bucket, (bySeries = new Map()));
    let byPod = bySeries.get(seriesId);
    if (!byPod) bySeries.set(seriesId, (byPod = new Map()));
    const acc = byPod.get(pod) ?? { cpuSum: 0, count: 0, cpuMax: 0, memMax: 0 };
    acc.cpuSum += cpu;
    acc.count++;
    acc.cpuMax = Math.max(acc.cpuMax, cpu);
    acc.memMax = Math.max(acc.memMax, memory);
    byPod.set(pod, acc);
  }

  clear(): void {
    this.buckets.clear();
  }

  /** The buckets before `bucket`, as day digests per series; they are forgotten. */
  drainBefore(bucket: number): Array<{ seriesId: number; digest: DayDigest }> {
    const samples = new Map<number, UsageSample[]>();
    for (const [start, bySeries] of this.buckets) {
      if (start >= bucket) continue;
      this.buckets.delete(start);
      for (const [seriesId, byPod] of bySeries) {
        let list = samples.get(seriesId);
        if (!list) samples.set(seriesId, (list = []));
        for (const acc of byPod.values()) list.push({ minute: start, cpuMean: acc.cpuSum / acc.count, cpuMax: acc.cpuMax, memPeak: acc.memMax });
      }
    }
    return [...samples].flatMap(([seriesId, list]) => [...digestSamples(list).values()].map((digest) => ({ seriesId, digest })));
  }
}
