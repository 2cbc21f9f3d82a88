// How every bench measures: one percentile rule, repeated timed runs, and the heap after a full
// garbage collection.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

export interface Stats {
  min: number;
  p50: number;
  p95: number;
  max: number;
}

/** The value at fraction `q` of samples sorted ascending (index floor(q·n), the upper median at 0.5). */
export function percentile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

export function stats(samples: readonly number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  return { min: sorted[0]!, p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), max: sorted[sorted.length - 1]! };
}

/** Runs `fn` `runs` times one after the other (awaiting it when it returns a promise); milliseconds per run. */
export async function timeRuns(runs: number, fn: () => unknown): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const result = fn();
    if (result instanceof Promise) await result;
    times.push(performance.now() - started);
  }
  return times;
}

/** Stats of `runs` timed runs of `fn`. */
export async function timeStats(runs: number, fn: () => unknown): Promise<Stats> {
  return stats(await timeRuns(runs, fn));
}

let gc: (() => void) | undefined;

/** Heap in use after a full GC, MiB. */
export function heapMiB(): number {
  if (!gc) {
    setFlagsFromString("--expose-gc");
    gc = runInNewContext("gc") as () => void;
  }
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
}
