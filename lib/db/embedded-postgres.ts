import path from "node:path";
import { fileURLToPath } from "node:url";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { embeddedDatabaseUrl } from "./database-url";
import { acquireDataDirLock } from "./embedded/data-dir-lock";
import { SerializedPGlite } from "./embedded/serialized-pglite";

// PostgreSQL for machines without a server: PGlite (Postgres compiled to WebAssembly) persisted
// in a directory, served on a loopback port by pglite-socket so that Prisma reaches it through
// adapter-pg exactly like a real server. No server-only: the start supervisor and scripts run it.

/** Pass as dataDir for a throwaway database held in memory (used for shadow databases). */
export const IN_MEMORY = "memory://";

/** `<project>/.data/postgres`, the default home of the embedded database. */
export const DEFAULT_EMBEDDED_DATA_DIR = fileURLToPath(new URL("../../.data/postgres", import.meta.url));

export interface EmbeddedPostgresOptions {
  /** Directory of the database files (created on first start), or IN_MEMORY. */
  dataDir?: string;
  /** Loopback port to listen on; 0 (the default) picks a free one. */
  port?: number;
  /** Concurrent client connections the socket server accepts (each is served in turn). */
  maxConnections?: number;
}

export interface EmbeddedPostgres {
  url: string;
  port: number;
  dataDir: string;
  stop(): Promise<void>;
}

// A just-initialised cluster, dumped once per process right after the first in-memory start:
// later in-memory databases (shadows, tests) load it in ~0.3 s instead of running initdb (~2 s).
let freshCluster: Promise<Blob> | undefined;

async function openInMemory(): Promise<SerializedPGlite> {
  const image = await freshCluster?.catch(() => undefined);
  const db = new SerializedPGlite(image ? { loadDataDir: image } : {});
  await db.waitReady;
  if (!image) {
    freshCluster = db.dumpDataDir("none"); // before any client connects: the empty cluster
    await freshCluster.catch(() => {
      freshCluster = undefined; // no image: later starts run initdb as this one did
    });
  }
  return db;
}

async function openOnDisk(dataDir: string): Promise<SerializedPGlite> {
  const db = new SerializedPGlite({ dataDir });
  await db.waitReady;
  return db;
}

/**
 * Starts PGlite on `dataDir` behind a socket server on 127.0.0.1. Refuses (DataDirBusyError)
 * when another live process already serves the same directory.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions = {}): Promise<EmbeddedPostgres> {
  const inMemory = options.dataDir === IN_MEMORY;
  const dataDir = inMemory ? IN_MEMORY : path.resolve(options.dataDir ?? DEFAULT_EMBEDDED_DATA_DIR);
  const lock = inMemory ? undefined : await acquireDataDirLock(dataDir);
  let db: SerializedPGlite | undefined;
  try {
    db = inMemory ? await openInMemory() : await openOnDisk(dataDir);
    const server = new PGLiteSocketServer({
      db,
      host: "127.0.0.1",
      port: options.port ?? 0,
      maxConnections: options.maxConnections ?? 16,
    });
    await server.start();
    const port = Number(server.getServerConn().split(":").at(-1));
    const url = embeddedDatabaseUrl(port);
    await lock?.publish(url);
    const opened = db;
    let stopping: Promise<void> | undefined;
    return {
      url,
      port,
      dataDir,
      stop: () =>
        (stopping ??= (async () => {
          await server.stop();
          await opened.close();
          await lock?.release();
        })()),
    };
  } catch (error) {
    await db?.close().catch(() => {});
    await lock?.release();
    throw error;
  }
}
