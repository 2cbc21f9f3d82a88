import { randomUUID } from "node:crypto";
import pg from "pg";
import { withDatabaseName } from "../database-url";
import { IN_MEMORY, startEmbeddedPostgres } from "../embedded-postgres";

// The schema engine replays the migrations into a scratch "shadow" database to learn the schema
// they produce. On a real server that is a temporary database next to the main one; PGlite
// serves a single database whatever name is asked for, so there the shadow is a second,
// in-memory PGlite. Each returns its URL and a drop() the adapter calls after closing its pool.

export interface ShadowDatabase {
  url: string;
  drop(): Promise<void>;
}

export type ShadowKind = "server" | "embedded";

function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

async function runOn(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A temporary database on the server of `mainUrl` (needs the CREATEDB privilege). */
export async function createServerShadow(mainUrl: string): Promise<ShadowDatabase> {
  const name = `prisma_migrate_shadow_db_${randomUUID()}`;
  await runOn(mainUrl, `CREATE DATABASE ${quoteIdent(name)}`);
  const url = withDatabaseName(mainUrl, name);
  // Refuse to go on if the new URL still reaches the main database (the adapter-pg trap).
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query<{ db: string }>("SELECT current_database() AS db");
  await client.end();
  if (rows[0]?.db !== name) throw new Error(`shadow database URL reached ${rows[0]?.db}, not ${name}`);
  return {
    url,
    // FORCE ends sessions still open (the pool is closed first, but be sure; PostgreSQL >= 13).
    drop: () => runOn(mainUrl, `DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`),
  };
}

/** A throwaway in-memory PGlite on its own loopback port. */
export async function createEmbeddedShadow(): Promise<ShadowDatabase> {
  const shadow = await startEmbeddedPostgres({ dataDir: IN_MEMORY, port: 0 });
  return { url: shadow.url, drop: shadow.stop };
}

export function createShadow(kind: ShadowKind, mainUrl: string): Promise<ShadowDatabase> {
  return kind === "embedded" ? createEmbeddedShadow() : createServerShadow(mainUrl);
}
