// The watch history: the last N events, so a watch can resume from a resourceVersion.
// Older versions are "compacted" like etcd's: asking for them yields 410 Expired.
import type { StoreEvent } from "./stored-object";

export class History {
  private events: StoreEvent[] = [];
  private start = 0;
  /** Every version at or below this one is gone. */
  compactedRv = 0;

  constructor(private readonly limit: number) {}

  push(event: StoreEvent): void {
    this.events.push(event);
    if (this.events.length - this.start > this.limit) {
      this.compactedRv = this.events[this.start]!.rv;
      this.start++;
      // Drop the consumed prefix now and then instead of shifting on every push.
      if (this.start > 4096) {
        this.events = this.events.slice(this.start);
        this.start = 0;
      }
    }
  }

  /** Forgets everything up to `rv` (the in-process API uses it to force 410s in tests). */
  compact(rv: number): void {
    this.compactedRv = Math.max(this.compactedRv, rv);
    while (this.start < this.events.length && this.events[this.start]!.rv <= this.compactedRv) this.start++;
  }

  /** Events strictly newer than `rv`, or "expired" when that version was compacted away. */
  since(rv: number): StoreEvent[] | "expired" {
    if (rv < this.compactedRv) return "expired";
    let lo = this.start;
    let hi = this.events.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.events[mid]!.rv <= rv) lo = mid + 1;
      else hi = mid;
    }
    return this.events.slice(lo);
  }

  /** The oldest version still served, as the 410 message reports it. */
  oldestRv(): number {
    return this.compactedRv + 1;
  }
}
