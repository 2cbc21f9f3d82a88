import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { env } from "@/lib/env";
import { isEmbeddedDatabaseUrl } from "./database-url";
import { lockPathFor } from "./embedded/data-dir-lock";
import { PrismaClient } from "./generated/client";

// The portal's one Prisma client, on PostgreSQL through adapter-pg. Made on first use (so that
// importing this never fails a build) and kept on globalThis so dev-server reloads reuse it.

export class DatabaseNotConfiguredError extends Error {
  constructor() {
    super("DATABASE_URL is not set and the embedded database is not running; start Pier with `npm start`.");
    this.name = "DatabaseNotConfiguredError";
  }
}

export function createPrismaClient(url: string): PrismaClient {
  const adapter = new PrismaPg({
    connectionString: url,
    // PGlite is one backend serving queries one at a time: more connections add nothing.
    max: isEmbeddedDatabaseUrl(url) ? 1 : 10,
    connectionTimeoutMillis: 5_000,
  });
  return new PrismaClient({ adapter });
}

/** DATABASE_URL, else the URL the running embedded database published in its lock file. */
export function resolveDatabaseUrl(
  settings: { databaseUrl?: string; embeddedDataDir: string } = {
    databaseUrl: env.DATABASE_URL,
    embeddedDataDir: path.resolve(env.PIER_DATA_DIR, "postgres"),
  },
): string {
  if (settings.databaseUrl) return settings.databaseUrl;
  try {
    const lock = JSON.parse(readFileSync(lockPathFor(settings.embeddedDataDir), "utf8")) as { url?: string };
    if (lock.url) return lock.url;
  } catch {
    // No lock file: nothing is serving the embedded database.
  }
  throw new DatabaseNotConfiguredError();
}

const cache = globalThis as typeof globalThis & { pierPrisma?: { url: string; client: PrismaClient } };

/** The shared client; throws DatabaseNotConfiguredError when there is no database to use. */
export function getPrisma(): PrismaClient {
  const url = resolveDatabaseUrl();
  if (cache.pierPrisma?.url !== url) {
    // The embedded database came back on another port: let the old pool go.
    void cache.pierPrisma?.client.$disconnect();
    cache.pierPrisma = { url, client: createPrismaClient(url) };
  }
  return cache.pierPrisma.client;
}
