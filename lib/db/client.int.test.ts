import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, DatabaseNotConfiguredError, resolveDatabaseUrl } from "./client";
import { lockPathFor } from "./embedded/data-dir-lock";
import type { PrismaClient } from "./generated/client";
import { applyMigrations } from "./migrate/apply-migrations";
import { createTemporaryDatabase, type TemporaryDatabase } from "./testing/temporary-database";

let database: TemporaryDatabase;
let prisma: PrismaClient;
beforeAll(async () => {
  database = await createTemporaryDatabase();
  await applyMigrations(database.url);
  prisma = createPrismaClient(database.url);
});
afterAll(async () => {
  await prisma?.$disconnect();
  await database?.drop();
});

describe("Prisma client on adapter-pg", () => {
  it("writes and reads a setting, with updatedAt kept by Prisma", async () => {
    const saved = await prisma.setting.upsert({
      where: { key: "first-start" },
      create: { key: "first-start", value: { at: "2026-01-01" } },
      update: {},
    });
    expect(saved.updatedAt).toBeInstanceOf(Date);
    const read = await prisma.setting.findUniqueOrThrow({ where: { key: "first-start" } });
    expect(read.value).toEqual({ at: "2026-01-01" });
  });

  it("runs concurrent queries and transactions side by side", async () => {
    const keys = Array.from({ length: 20 }, (_, i) => `k${i}`);
    await Promise.all(
      keys.map((key) =>
        prisma.$transaction([
          prisma.setting.create({ data: { key, value: key } }),
          prisma.setting.update({ where: { key }, data: { value: `${key}!` } }),
        ]),
      ),
    );
    const rows = await prisma.setting.findMany({ where: { key: { in: keys } } });
    expect(rows.map((row) => row.value).sort()).toEqual(keys.map((key) => `${key}!`).sort());
  });
});

describe("resolveDatabaseUrl", () => {
  it("prefers DATABASE_URL, else uses the running embedded database's published URL", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "pier-client-"));
    const embeddedDataDir = path.join(dir, "postgres");
    try {
      expect(resolveDatabaseUrl({ databaseUrl: "postgresql://a@b/c", embeddedDataDir })).toBe("postgresql://a@b/c");
      expect(() => resolveDatabaseUrl({ embeddedDataDir })).toThrow(DatabaseNotConfiguredError);
      await writeFile(lockPathFor(embeddedDataDir), JSON.stringify({ pid: process.pid, url: "postgresql://postgres@127.0.0.1:1/pier_embedded" }));
      expect(resolveDatabaseUrl({ embeddedDataDir })).toBe("postgresql://postgres@127.0.0.1:1/pier_embedded");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
