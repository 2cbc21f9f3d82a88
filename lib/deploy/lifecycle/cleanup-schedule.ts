import "server-only";
import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import { env } from "@/lib/env";
import { getClusters } from "@/lib/kube/cluster-registry";
import { holdJobLease } from "./job-lease";
import { runCleanup, type CleanupRunDto } from "./run-cleanup";

// Pier deletes expired branch environments by itself, every PIER_CLEANUP_INTERVAL_MINUTES, in
// one process at a time (job-lease.ts). Started once per process by the first readiness probe
// or environments request; the last round is kept for the dry-run page.

const LEASE = "environment-cleanup";
const FIRST_RUN_MS = 30_000;
const key = Symbol.for("pier.cleanup.schedule");

interface ScheduleState {
  holder: string;
  intervalMinutes: number;
  nextRunAt?: string;
  lastRun?: CleanupRunDto & { holder: string };
  lastError?: string;
}

type Holder = typeof globalThis & { [key]?: ScheduleState };

async function tick(state: ScheduleState): Promise<void> {
  const intervalMs = state.intervalMinutes * 60_000;
  state.nextRunAt = new Date(Date.now() + intervalMs).toISOString();
  try {
    // Held a little longer than the interval, so the holder keeps it while it runs on time.
    if (!(await holdJobLease(LEASE, state.holder, intervalMs * 2))) return;
    const clusters = getClusters();
    await Promise.all(clusters.list().map((c) => c.whenSettled(10_000)));
    state.lastRun = { ...(await runCleanup(clusters, env.PIER_ENVIRONMENT_TTL_HOURS)), holder: state.holder };
    state.lastError = undefined;
  } catch (error) {
    state.lastError = error instanceof Error ? error.message : String(error);
    console.error("[pier] environment cleanup failed:", state.lastError);
  }
}

/** Starts the schedule once per process (no-op when PIER_CLEANUP_INTERVAL_MINUTES is 0). */
export function ensureCleanupSchedule(): void {
  const holder = globalThis as Holder;
  if (holder[key] || env.PIER_CLEANUP_INTERVAL_MINUTES === 0) return;
  const state: ScheduleState = { holder: `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`, intervalMinutes: env.PIER_CLEANUP_INTERVAL_MINUTES };
  holder[key] = state;
  state.nextRunAt = new Date(Date.now() + FIRST_RUN_MS).toISOString();
  setTimeout(() => {
    void tick(state);
    setInterval(() => void tick(state), state.intervalMinutes * 60_000).unref();
  }, FIRST_RUN_MS).unref();
}

/** What the dry-run page shows about the schedule in this process. */
export function cleanupScheduleState(): Omit<ScheduleState, "holder"> & { running: boolean; intervalMinutes: number } {
  const state = (globalThis as Holder)[key];
  return state ? { running: true, intervalMinutes: state.intervalMinutes, nextRunAt: state.nextRunAt, lastRun: state.lastRun, lastError: state.lastError } : { running: false, intervalMinutes: env.PIER_CLEANUP_INTERVAL_MINUTES };
}
