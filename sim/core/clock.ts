// Simulated time. Timestamps written into objects are wall-clock (clients compute ages from
// their own clock), while every simulated delay runs `timeScale` times faster, so a 10 s
// CrashLoop back-off takes 0.2 s of real time at timeScale 50.

export interface Clock {
  readonly timeScale: number;
  /** Wall-clock now, in ms. */
  now(): number;
  /** RFC 3339 timestamp at second precision, as the API server writes them. */
  nowRfc3339(): string;
  /** Runs `fn` after `simMs` simulated milliseconds. */
  after(simMs: number, fn: () => void): () => void;
  /** Simulated milliseconds elapsed since a wall-clock RFC 3339 timestamp. */
  simElapsedSince(timestamp: string | undefined): number;
  /** Cancels every pending timer (cluster stop). */
  stopAll(): void;
}

export function toRfc3339(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace(".000Z", "Z");
}

export function createClock(timeScale = 1): Clock {
  if (!(timeScale > 0)) throw new Error(`timeScale must be > 0, got ${timeScale}`);
  const timers = new Set<NodeJS.Timeout>();
  return {
    timeScale,
    now: () => Date.now(),
    nowRfc3339: () => toRfc3339(Date.now()),
    after(simMs, fn) {
      const timer = setTimeout(() => {
        timers.delete(timer);
        fn();
      }, Math.max(0, simMs / timeScale));
      timer.unref();
      timers.add(timer);
      return () => {
        clearTimeout(timer);
        timers.delete(timer);
      };
    },
    simElapsedSince(timestamp) {
      if (!timestamp) return 0;
      return (Date.now() - Date.parse(timestamp)) * timeScale;
    },
    stopAll() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
    },
  };
}
