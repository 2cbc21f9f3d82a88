import path from "node:path";
import type { Env } from "@/lib/env-schema";
import { applyMigrations } from "@/lib/db/migrate/apply-migrations";
import { startChild } from "./child-processes";
import { log } from "./log";

/** The configured server, or an embedded PostgreSQL under PIER_DATA_DIR started as a child. */
export async function provideDatabase(env: Env, root: string): Promise<string> {
  if (env.DATABASE_URL) return env.DATABASE_URL;
  const dataDir = path.resolve(root, env.PIER_DATA_DIR, "postgres");
  const { url } = await startChild<{ url: string }>("embedded-postgres", "scripts/embedded-postgres.ts", ["--data-dir", dataDir], root);
  log.info(`embedded PostgreSQL (PGlite) with data in ${path.relative(root, dataDir) || dataDir}`);
  return url;
}

const retryMs = 5000;

/**
 * Applies pending migrations. When the database cannot be reached Pier still starts (so
 * /api/readyz can say why it is not ready) and keeps retrying until the migrations apply.
 */
export async function migrateOrRetry(url: string): Promise<void> {
  try {
    const { applied } = await applyMigrations(url);
    log.info(applied.length ? `applied migrations: ${applied.join(", ")}` : "database schema is up to date");
  } catch (error) {
    log.error(`database not ready: ${describe(error)} (retrying every ${retryMs / 1000} s; /api/readyz answers 503 meanwhile)`);
    setTimeout(() => void migrateOrRetry(url), retryMs).unref();
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message.split("\n")[0]! : String(error);
}
