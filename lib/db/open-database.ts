import { setTimeout as sleep } from "node:timers/promises";
import { readLiveLock } from "./embedded/data-dir-lock";
import { DEFAULT_EMBEDDED_DATA_DIR, startEmbeddedPostgres } from "./embedded-postgres";

// Which database a command-line tool works on: DATABASE_URL when set; else the embedded database
// of this project, reusing it when another process (e.g. `npm start`) is serving it, since two
// processes must never open the same PGlite directory; else starting it for the duration of the
// command. No server-only: scripts import this.

export interface OpenedDatabase {
  url: string;
  /** Where the URL came from, for messages. */
  source: "DATABASE_URL" | "running embedded database" | "embedded database";
  /** Stops the embedded database if this call started it; otherwise does nothing. */
  close(): Promise<void>;
}

export async function openDatabase(options: { databaseUrl?: string; dataDir?: string } = {}): Promise<OpenedDatabase> {
  if (options.databaseUrl) return { url: options.databaseUrl, source: "DATABASE_URL", close: async () => {} };
  const dataDir = options.dataDir ?? DEFAULT_EMBEDDED_DATA_DIR;
  // A live owner publishes its URL once listening (a few seconds after start at most).
  for (let waited = 0; waited < 30_000; waited += 250) {
    const owner = await readLiveLock(dataDir);
    if (!owner) break;
    if (owner.url) return { url: owner.url, source: "running embedded database", close: async () => {} };
    await sleep(250);
  }
  const embedded = await startEmbeddedPostgres({ dataDir });
  return { url: embedded.url, source: "embedded database", close: embedded.stop };
}
