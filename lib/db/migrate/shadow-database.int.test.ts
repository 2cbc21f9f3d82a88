import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTemporaryDatabase, type TemporaryDatabase } from "../testing/temporary-database";
import { createEmbeddedShadow, createServerShadow } from "./shadow-database";

let database: TemporaryDatabase;
beforeAll(async () => {
  database = await createTemporaryDatabase();
});
afterAll(async () => {
  await database?.drop();
});

async function currentDatabase(url: string, client = new pg.Client({ connectionString: url })): Promise<string> {
  await client.connect();
  const { rows } = await client.query<{ db: string }>("SELECT current_database() AS db");
  return rows[0]!.db;
}

describe("shadow databases", () => {
  it("on a server, really reaches a new database and drops it even while a session is open", async () => {
    if (database.kind === "embedded") {
      // PGlite answers every name with its one database: the guard must refuse to go on.
      await expect(createServerShadow(database.url)).rejects.toThrow(/shadow database URL reached postgres/);
      return;
    }
    const shadow = await createServerShadow(database.url);
    const session = new pg.Client({ connectionString: shadow.url });
    session.on("error", () => {}); // DROP ... WITH (FORCE) ends this session, as intended
    expect(await currentDatabase(shadow.url, session)).toMatch(/^prisma_migrate_shadow_db_/);
    await shadow.drop();
    await session.end().catch(() => {});
    const admin = new pg.Client({ connectionString: database.url });
    await admin.connect();
    const { rows } = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [new URL(shadow.url).pathname.slice(1)]);
    await admin.end();
    expect(rows).toEqual([]);
  });

  it("for PGlite, is a second in-memory PGlite on its own port", async () => {
    const shadow = await createEmbeddedShadow();
    try {
      expect(new URL(shadow.url).port).not.toBe(new URL(database.url).port);
      const client = new pg.Client({ connectionString: shadow.url });
      await client.connect();
      const { rows } = await client.query<{ version: string }>("SELECT version() AS version");
      await client.end();
      expect(rows[0]!.version).toContain("PGlite");
    } finally {
      await shadow.drop();
    }
  });
});
