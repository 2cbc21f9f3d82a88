import { describe, expect, it } from "vitest";
import { bucketEnd, bucketOf, BUCKETS, UsageHistogram, weightedPercentiles } from "./usage-histogram";

describe("UsageHistogram", () => {
  it("puts values in 5 % buckets from 1m up, everything below 1m in the first, everything huge in the last", () => {
    expect(bucketOf(0)).toBe(0);
    expect(bucketOf(0.4)).toBe(0);
    expect(bucketOf(1)).toBe(0);
    expect(bucketOf(1.05)).toBe(1);
    expect(bucketOf(1e9)).toBe(BUCKETS - 1);
    for (const value of [3, 42, 250, 999, 4000, 64_000]) {
      expect(bucketEnd(bucketOf(value))).toBeGreaterThan(value);
      expect(bucketEnd(bucketOf(value))).toBeLessThanOrEqual(value * 1.05 + 1e-9);
    }
  });

  it("round-trips through its 6-byte-per-bucket encoding", () => {
    const h = new UsageHistogram();
    for (let i = 0; i < 1000; i++) h.add(100 + (i % 50));
    h.add(5000, 70_000);
    const bytes = h.encode();
    expect(bytes.byteLength).toBe(h.counts.size * 6);
    expect(UsageHistogram.decode(bytes).counts).toEqual(h.counts);
  });

  it("answers percentiles within one bucket, weights scaling each histogram's share", () => {
    const low = new UsageHistogram();
    const high = new UsageHistogram();
    for (let i = 1; i <= 100; i++) low.add(i);
    for (let i = 0; i < 100; i++) high.add(1000);
    const [p50] = weightedPercentiles([{ histogram: low, weight: 1 }], [0.5]);
    expect(p50).toBeGreaterThan(50);
    expect(p50).toBeLessThan(50 * 1.05 + 1);
    const [mixed] = weightedPercentiles([{ histogram: low, weight: 1 }, { histogram: high, weight: 0.01 }], [0.95]);
    expect(mixed).toBeLessThan(100); // the high values weigh 1 % only
    expect(weightedPercentiles([], [0.5])).toEqual([undefined]);
  });
});
