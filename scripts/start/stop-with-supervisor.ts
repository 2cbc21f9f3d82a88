import { readFileSync } from "node:fs";
import { isProcessAlive } from "@/lib/os/is-process-alive";

// Child programs of the start supervisor (embedded database, embedded clusters) stop when it
// goes, even after a kill -9: nothing they hold (ports, data directories) may outlive it.

/**
 * Our parent and, when that is the `tsx` wrapper, its parent (the supervisor). tsx relays IPC
 * messages but not the channel closing, so after a supervisor's kill -9 the `disconnect` event
 * never comes; watching these pids is what lets a child stop.
 */
function supervisors(): number[] {
  const pids = [process.ppid];
  try {
    const stat = readFileSync(`/proc/${process.ppid}/stat`, "utf8"); // "pid (comm) state ppid ..."
    const grandparent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
    if (Number.isInteger(grandparent)) pids.push(grandparent);
  } catch {
    // No /proc (not Linux): the parent alone is watched.
  }
  return pids.filter((pid) => pid > 1);
}


/** Calls `stop` once on SIGTERM, SIGINT, a closed IPC channel, or the supervisor's death. */
export function stopWithSupervisor(stop: () => Promise<void>): void {
  let stopping = false;
  const once = () => {
    if (stopping) return;
    stopping = true;
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on("SIGTERM", once);
  process.on("SIGINT", once);
  if (process.connected) process.on("disconnect", once);
  const watched = supervisors();
  setInterval(() => {
    if (watched.some((pid) => !isProcessAlive(pid))) once();
  }, 1000).unref();
}
