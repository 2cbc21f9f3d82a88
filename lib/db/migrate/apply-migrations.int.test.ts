import { createHash } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyPrismaFolder } from "../testing/prisma-copy";
import { createTemporaryDatabase, type TemporaryDatabase } from "../testing/temporary-database";
import { applyMigrations } from "./apply-migrations";
import { listMigrations, prismaProject } from "./migrations-directory";

// Migrations apply to an empty database (a temporary one on DATABASE_URL's server, else a fresh
// in-memory PGlite), record Prisma's own history table, and are a no-op the second time.

let database: TemporaryDatabase;
beforeAll(async () => {
  database = await createTemporaryDatabase();
});
afterAll(async () => {
  await database?.drop();
});

async function query<T extends pg.QueryResultRow>(sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

describe("applyMigrations", () => {
  it("applies every migration folder to an empty database", async () => {
    const { migrationsDir } = prismaProject();
    const folders = (await listMigrations(migrationsDir)).migrationDirectories.map((entry) => entry.path);
    expect(folders.length).toBeGreaterThan(0);

    const started = performance.now();
    const { applied } = await applyMigrations(database.url);
    console.info(`[${database.kind}] cold applyMigrations: ${Math.round(performance.now() - started)} ms`);
    expect(applied).toEqual(folders);

    const tables = await query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name",
    );
    expect(tables.map((row) => row.table_name)).toEqual(expect.arrayContaining(["_prisma_migrations", "settings"]));
  });

  it("records the history the way Prisma's CLI reads it (sha256 checksums, finished)", async () => {
    const rows = await query<{ migration_name: string; checksum: string; finished_at: Date | null; rolled_back_at: Date | null }>(
      "SELECT migration_name, checksum, finished_at, rolled_back_at FROM _prisma_migrations ORDER BY migration_name",
    );
    const { migrationsDir } = prismaProject();
    for (const row of rows) {
      const script = await readFile(path.join(migrationsDir, row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(createHash("sha256").update(script).digest("hex"));
      expect(row.finished_at).not.toBeNull();
      expect(row.rolled_back_at).toBeNull();
    }
  });

  it("applies nothing the second time", async () => {
    const started = performance.now();
    expect(await applyMigrations({ url: database.url })).toEqual({ applied: [] });
    console.info(`[${database.kind}] warm applyMigrations: ${Math.round(performance.now() - started)} ms`);
    const [{ count }] = (await query<{ count: string }>("SELECT count(*) AS count FROM _prisma_migrations")) as [{ count: string }];
    expect(Number(count)).toBe((await listMigrations(prismaProject().migrationsDir)).migrationDirectories.length);
  });

  it("stops at a failing migration with Prisma's message, leaving nothing of it applied", async () => {
    const copy = await copyPrismaFolder();
    const broken = await createTemporaryDatabase();
    try {
      await mkdir(path.join(copy.migrationsDir, "99990101000000_broken"));
      await writeFile(
        path.join(copy.migrationsDir, "99990101000000_broken", "migration.sql"),
        'CREATE TABLE "half_done" (id int);\nSELECT * FROM "no_such_table";\n',
      );
      const first = await applyMigrations({ url: broken.url, project: copy }).catch((error: Error) => error);
      expect((first as Error).message).toMatch(/^Migration `99990101000000_broken` failed to apply: .*no_such_table/);
      expect((first as Error).message).not.toMatch(/\n\s+0: schema_engine/);
      const client = new pg.Client({ connectionString: broken.url });
      await client.connect();
      const { rows } = await client.query("SELECT to_regclass('half_done') AS t");
      await client.end();
      expect(rows).toEqual([{ t: null }]); // the script ran as one transaction

      await expect(applyMigrations({ url: broken.url, project: copy })).rejects.toThrow(/^P3009: /);
    } finally {
      await broken.drop();
      await copy.remove();
    }
  });

  it("applies hand-written SQL whole: a function body full of semicolons", async () => {
    const copy = await copyPrismaFolder();
    const other = await createTemporaryDatabase();
    try {
      await mkdir(path.join(copy.migrationsDir, "99990101000000_function"));
      await writeFile(
        path.join(copy.migrationsDir, "99990101000000_function", "migration.sql"),
        "-- a comment; with a semicolon\nCREATE FUNCTION pier_answer() RETURNS int AS $$\nBEGIN\n  RETURN 42;\nEND;\n$$ LANGUAGE plpgsql;\n",
      );
      expect((await applyMigrations({ url: other.url, project: copy })).applied).toContain("99990101000000_function");
      const client = new pg.Client({ connectionString: other.url });
      await client.connect();
      const { rows } = await client.query("SELECT pier_answer() AS answer");
      await client.end();
      expect(rows).toEqual([{ answer: 42 }]);
    } finally {
      await other.drop();
      await copy.remove();
    }
  });
});
