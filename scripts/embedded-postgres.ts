import path from "node:path";
import { parseArgs } from "node:util";
import { databaseSettings } from "@/lib/db/database-settings";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { stopWithSupervisor } from "./start/stop-with-supervisor";

// tsx scripts/embedded-postgres.ts [--data-dir <dir>] [--port <n>]
// Runs the embedded PostgreSQL as a process of its own (the start supervisor's child). Prints one
// JSON line on stdout when ready, {"url","port","dataDir","pid"} (pid: the process serving it,
// which is not the `tsx` wrapper's), then serves until SIGTERM or SIGINT,
// or until its parent's IPC channel closes, and stops cleanly. On failure it prints the reason
// on stderr (no JSON line) and exits 1.

const { values } = parseArgs({
  options: { "data-dir": { type: "string" }, port: { type: "string", default: "0" } },
});

async function main(): Promise<void> {
  const settings = databaseSettings(process.env);
  const dataDir = values["data-dir"] ? path.resolve(values["data-dir"]) : settings.embeddedDataDir;
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be 0-65535, got ${values.port}`);

  const database = await startEmbeddedPostgres({ dataDir, port });
  stopWithSupervisor(() => database.stop());
  console.log(JSON.stringify({ url: database.url, port: database.port, dataDir: database.dataDir, pid: process.pid }));
}

main().catch((error: unknown) => {
  console.error(`embedded-postgres: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
