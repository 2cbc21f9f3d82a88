import { randomUUID } from "node:crypto";
import pg from "pg";
import { withDatabaseName } from "../database-url";
import { IN_MEMORY, startEmbeddedPostgres } from "../embedded-postgres";

// An empty database for one integration test. On the real server named by DATABASE_URL it is a
// new database there (dropped afterwards); without one, or when DATABASE_URL is itself PGlite
// (which ignores database names, so a "new database" there would be the shared one), it is a
// fresh in-memory PGlite on its own port.

export interface TemporaryDatabase {
  url: string;
  kind: "server" | "embedded";
  drop(): Promise<void>;
}

async function isPGlite(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ version: string }>("SELECT version() AS version");
    return rows[0]?.version.includes("PGlite") ?? false;
  } finally {
    await client.end();
  }
}

async function run(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function createTemporaryDatabase(serverUrl = process.env.DATABASE_URL): Promise<TemporaryDatabase> {
  if (serverUrl && !(await isPGlite(serverUrl))) {
    const name = `pier_test_${randomUUID().replaceAll("-", "")}`;
    await run(serverUrl, `CREATE DATABASE "${name}"`);
    return {
      url: withDatabaseName(serverUrl, name),
      kind: "server",
      drop: () => run(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
    };
  }
  const embedded = await startEmbeddedPostgres({ dataDir: IN_MEMORY });
  return { url: embedded.url, kind: "embedded", drop: embedded.stop };
}
