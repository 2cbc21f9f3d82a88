import pg from "pg";
import { describeDatabaseError } from "../connection-error";
import { MigrationError } from "./engine-error";
import type { ShadowKind } from "./shadow-database";

// Connect once before handing the URL to the engine: a refused connection, a missing database or
// bad credentials then read as our clear sentence, and we learn whether the server is PGlite
// (whose shadow database must be a second PGlite) from its version string.

export async function probeDatabase(url: string): Promise<{ shadowKind: ShadowKind }> {
  let client: pg.Client;
  try {
    client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
    await client.connect();
  } catch (error) {
    throw new MigrationError(describeDatabaseError(error, url), { cause: error });
  }
  try {
    const { rows } = await client.query<{ version: string }>("SELECT version() AS version");
    return { shadowKind: rows[0]?.version.includes("PGlite") ? "embedded" : "server" };
  } finally {
    await client.end();
  }
}
