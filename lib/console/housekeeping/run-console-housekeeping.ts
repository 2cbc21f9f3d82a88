import "server-only";
import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import { holdJobLease } from "@/lib/deploy/lifecycle/job-lease";
import type { Clusters } from "@/lib/kube/clusters";
import type { ConsoleSettings } from "../console-settings";
import { collectLostSessions } from "./collect-lost-sessions";
import { collectOrphanConsolePods } from "./collect-orphan-console-pods";
import { expireConsoleRequests } from "./expire-console-requests";
import { pruneConsoleRecordings } from "./prune-console-recordings";

// The console housekeeping pass, once a minute: expired requests, lost sessions and orphaned
// pods in every process (each step is a conditional write, so running it twice does it once;
// orphans are only found where a process has the pods cache), retention by the one process
// holding the "console-retention" job lease.

const LEASE = "console-retention";
const holder = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

export async function runConsoleHousekeeping(clusters: Clusters, settings: ConsoleSettings, everyMs = 60_000): Promise<void> {
  const steps: Array<[string, () => Promise<unknown>]> = [
    ["expiring requests", () => expireConsoleRequests()],
    ["ending lost sessions", () => collectLostSessions(settings.heartbeatSeconds)],
    ["deleting orphaned pods", () => collectOrphanConsolePods(clusters)],
    ["pruning old recordings", async () => (await holdJobLease(LEASE, holder, everyMs * 2)) && pruneConsoleRecordings(settings.retentionDays)],
  ];
  for (const [what, step] of steps) {
    await step().catch((error: unknown) => console.error(`[pier] console housekeeping, ${what}:`, error instanceof Error ? error.message : error));
  }
}

export function startConsoleHousekeeping(clusters: Clusters, settings: ConsoleSettings, everyMs = 60_000): () => void {
  let running = false;
  const pass = () => {
    if (running) return;
    running = true;
    void runConsoleHousekeeping(clusters, settings, everyMs).finally(() => (running = false));
  };
  const first = setTimeout(pass, 5_000);
  const timer = setInterval(pass, everyMs);
  first.unref();
  timer.unref();
  return () => (clearTimeout(first), clearInterval(timer));
}
