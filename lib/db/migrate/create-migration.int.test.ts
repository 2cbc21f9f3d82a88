import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyPrismaFolder, EXTRA_MODEL, type PrismaCopy } from "../testing/prisma-copy";
import { createTemporaryDatabase, type TemporaryDatabase } from "../testing/temporary-database";
import { applyMigrations } from "./apply-migrations";
import { checkMigrations } from "./check-migrations";
import { createMigration } from "./create-migration";

// db:migration in a scratch copy of prisma/: a schema change becomes a new migration folder in
// Prisma's format, applied to the database; the copy then passes db:check, and a second empty
// database takes the whole history.

let copy: PrismaCopy;
let database: TemporaryDatabase;
beforeAll(async () => {
  copy = await copyPrismaFolder();
  database = await createTemporaryDatabase();
});
afterAll(async () => {
  await database?.drop();
  await copy?.remove();
});

async function folders(): Promise<string[]> {
  return (await readdir(copy.migrationsDir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort();
}

describe("createMigration", () => {
  it("creates nothing while schema.prisma matches the migrations", async () => {
    const before = await folders();
    const result = await createMigration({ url: database.url, project: copy, name: "nothing" });
    expect(result.created).toBeNull();
    expect(result.applied).toEqual(before); // the empty database got the existing history first
    expect(await folders()).toEqual(before);
  });

  it("creates and applies a migration for a schema change", async () => {
    await copy.addToSchema(EXTRA_MODEL);
    const started = performance.now();
    const result = await createMigration({ url: database.url, project: copy, name: "Add widgets" });
    console.info(`[${database.kind}] createMigration: ${Math.round(performance.now() - started)} ms`);

    expect(result.created).toMatch(/^\d{14}_add_widgets$/);
    expect(result.applied).toEqual([result.created]);
    expect(await folders()).toContain(result.created);
    const script = await readFile(path.join(copy.migrationsDir, result.created!, "migration.sql"), "utf8");
    expect(script).toContain('CREATE TABLE "Widget"');
    expect(script).toContain('CREATE INDEX "Widget_label_idx"');

    // The whole script ran as one: the default with a ";" in it arrived intact.
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    const { rows } = await client.query<{ label: string }>('INSERT INTO "Widget" DEFAULT VALUES RETURNING label');
    await client.end();
    expect(rows[0]!.label).toBe("a;b");
  });

  it("leaves a history that db:check accepts and an empty database can take", async () => {
    expect((await checkMigrations({ url: process.env.DATABASE_URL, project: copy })).inSync).toBe(true);
    const second = await createTemporaryDatabase();
    try {
      expect((await applyMigrations({ url: second.url, project: copy })).applied).toEqual(await folders());
    } finally {
      await second.drop();
    }
  });

  it("refuses a database that drifted from the history", async () => {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    await client.query('ALTER TABLE "Widget" ADD COLUMN "sneaky" INTEGER');
    await client.end();
    await copy.addToSchema("model Gadget {\n  id Int @id\n}");
    await expect(createMigration({ url: database.url, project: copy, name: "gadgets" })).rejects.toThrow(
      /does not match the migration history/,
    );
  });
});
