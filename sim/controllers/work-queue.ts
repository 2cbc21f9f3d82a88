// A deduplicating work queue like client-go's: keys added many times are reconciled once,
// after the current burst of store events; keys can be re-added after a simulated delay.
import type { Clock } from "../core/clock";

/** Keys reconciled per turn of the event loop, so HTTP requests are never starved. */
const BATCH = 200;

export class WorkQueue {
  private pending = new Set<string>();
  private timers = new Map<string, { at: number; cancel: () => void }>();
  private scheduled = false;
  private stopped = false;

  constructor(
    private readonly name: string,
    private readonly clock: Clock,
    private readonly reconcile: (key: string) => void,
  ) {}

  add(key: string): void {
    if (this.stopped) return;
    this.pending.add(key);
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => this.run());
    }
  }

  /** Reconciles `key` after `simMs` simulated ms; an earlier pending wake-up wins. */
  addAfter(key: string, simMs: number): void {
    if (this.stopped) return;
    const at = this.clock.now() + simMs / this.clock.timeScale;
    const existing = this.timers.get(key);
    if (existing && existing.at <= at) return;
    existing?.cancel();
    const cancel = this.clock.after(simMs, () => {
      this.timers.delete(key);
      this.add(key);
    });
    this.timers.set(key, { at, cancel });
  }

  stop(): void {
    this.stopped = true;
    for (const t of this.timers.values()) t.cancel();
    this.timers.clear();
    this.pending.clear();
  }

  private run(): void {
    this.scheduled = false;
    if (this.stopped) return;
    let n = 0;
    for (const key of this.pending) {
      this.pending.delete(key);
      try {
        this.reconcile(key);
      } catch (err) {
        console.error(`[sim ${this.name}] reconcile ${key} failed:`, err);
      }
      if (++n >= BATCH) break;
    }
    if (this.pending.size && !this.scheduled) {
      this.scheduled = true;
      setImmediate(() => this.run());
    }
  }
}

export const splitKey = (key: string): [string, string] => {
  const i = key.indexOf("/");
  return i < 0 ? ["", key] : [key.slice(0, i), key.slice(i + 1)];
};
