import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { databaseSettings } from "@/lib/db/database-settings";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";

// tsx scripts/embedded-postgres.ts [--data-dir <dir>] [--port <n>]
// Runs the embedded PostgreSQL as a process of its own (the start supervisor's child). Prints one
// JSON line on stdout when ready, {"url","port","dataDir","pid"} (pid: the process serving it,
// which is not the `tsx` wrapper's), then serves until SIGTERM or SIGINT,
// or until its parent's IPC channel closes, and stops cleanly. On failure it prints the reason
// on stderr (no JSON line) and exits 1.

const { values } = parseArgs({
  options: { "data-dir": { type: "string" }, port: { type: "string", default: "0" } },
});

/**
 * Our parent and, when that is the `tsx` wrapper, its parent (the supervisor). tsx relays IPC
 * messages but not the channel closing, so after a supervisor's kill -9 the `disconnect` event
 * never comes; watching these pids is what lets us stop instead of holding the data directory.
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

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function main(): Promise<void> {
  const settings = databaseSettings(process.env);
  const dataDir = values["data-dir"] ? path.resolve(values["data-dir"]) : settings.embeddedDataDir;
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be 0-65535, got ${values.port}`);

  const database = await startEmbeddedPostgres({ dataDir, port });
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await database.stop();
    process.exit(0);
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  if (process.connected) process.on("disconnect", stop);
  const watched = supervisors();
  setInterval(() => {
    if (watched.some((pid) => !isAlive(pid))) void stop();
  }, 1000).unref();
  console.log(JSON.stringify({ url: database.url, port: database.port, dataDir: database.dataDir, pid: process.pid }));
}

main().catch((error: unknown) => {
  console.error(`embedded-postgres: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
