import { afterEach, describe, expect, it } from "vitest";
import { copyPrismaFolder, EXTRA_MODEL, type PrismaCopy } from "../testing/prisma-copy";
import { checkMigrations } from "./check-migrations";

// db:check compares the schema the migrations produce (replayed into a shadow database) with
// schema.prisma, with a shadow on DATABASE_URL's server when set and in PGlite otherwise.

const serverUrl = process.env.DATABASE_URL;
let copy: PrismaCopy | undefined;
afterEach(async () => {
  await copy?.remove();
  copy = undefined;
});

describe("checkMigrations", () => {
  it("agrees with this repository's schema and migrations", async () => {
    expect(await checkMigrations({ url: serverUrl })).toEqual({ inSync: true, script: "" });
  });

  it("catches a model added to schema.prisma without a migration", async () => {
    copy = await copyPrismaFolder();
    await copy.addToSchema(EXTRA_MODEL);
    const result = await checkMigrations({ url: serverUrl, project: copy });
    expect(result.inSync).toBe(false);
    expect(result.script).toContain('CREATE TABLE "Widget"');
    expect(result.script).toContain("DEFAULT 'a;b'");
  });

  it("works without any server, in PGlite alone", async () => {
    copy = await copyPrismaFolder();
    await copy.addToSchema(EXTRA_MODEL);
    expect((await checkMigrations({ project: copy })).inSync).toBe(false);
  });
});
