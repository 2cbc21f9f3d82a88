// A histogram of CPU usage with log-spaced buckets, as the VPA recommender keeps one: bucket i
// covers [1m x 1.05^i, 1m x 1.05^(i+1)), so any percentile is known within 5 % whatever the
// scale, from idle sidecars to 2,000 cores, in at most 300 counters. Stored sparse (only the
// buckets used, typically 10-60): 6 bytes each. Pure: the sampler, the bench and tests share it.

const START = 1; // millicores
const RATIO = 1.05;
const LOG_RATIO = Math.log(RATIO);
export const BUCKETS = 300;
const ENTRY_BYTES = 6;

export function bucketOf(value: number): number {
  if (!(value >= START)) return 0;
  return Math.min(BUCKETS - 1, Math.floor(Math.log(value / START) / LOG_RATIO + 1e-9));
}

/** The upper edge of a bucket: a percentile is reported as the edge it reached (never under). */
export function bucketEnd(bucket: number): number {
  return START * RATIO ** (bucket + 1);
}

export class UsageHistogram {
  readonly counts = new Map<number, number>();

  add(value: number, count = 1): void {
    const bucket = bucketOf(value);
    this.counts.set(bucket, (this.counts.get(bucket) ?? 0) + count);
  }

  merge(other: UsageHistogram): void {
    for (const [bucket, count] of other.counts) this.counts.set(bucket, (this.counts.get(bucket) ?? 0) + count);
  }

  total(): number {
    let sum = 0;
    for (const count of this.counts.values()) sum += count;
    return sum;
  }

  /** (uint16 bucket, uint32 count) little-endian pairs in bucket order. */
  encode(): Uint8Array {
    const buckets = [...this.counts.keys()].sort((a, b) => a - b);
    const bytes = new Uint8Array(buckets.length * ENTRY_BYTES);
    const view = new DataView(bytes.buffer);
    buckets.forEach((bucket, i) => {
      view.setUint16(i * ENTRY_BYTES, bucket, true);
      view.setUint32(i * ENTRY_BYTES + 2, Math.min(0xffff_ffff, this.counts.get(bucket)!), true);
    });
    return bytes;
  }

  static decode(bytes: Uint8Array): UsageHistogram {
    const histogram = new UsageHistogram();
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (let offset = 0; offset + ENTRY_BYTES <= bytes.byteLength; offset += ENTRY_BYTES) {
      histogram.counts.set(view.getUint16(offset, true), view.getUint32(offset + 2, true));
    }
    return histogram;
  }
}

/**
 * Percentiles of several histograms each counted with a weight (older days weigh less):
 * for each p in `ps`, the upper edge of the first bucket where the weighted share reaches p.
 */
export function weightedPercentiles(parts: Array<{ histogram: UsageHistogram; weight: number }>, ps: number[]): Array<number | undefined> {
  const weights = new Float64Array(BUCKETS);
  let total = 0;
  for (const { histogram, weight } of parts) {
    for (const [bucket, count] of histogram.counts) {
      weights[bucket] = weights[bucket]! + count * weight;
      total += count * weight;
    }
  }
  if (total <= 0) return ps.map(() => undefined);
  return ps.map((p) => {
    let cumulative = 0;
    for (let bucket = 0; bucket < BUCKETS; bucket++) {
      cumulative += weights[bucket]!;
      if (cumulative >= p * total * (1 - 1e-12)) return bucketEnd(bucket);
    }
    return bucketEnd(BUCKETS - 1);
  });
}
