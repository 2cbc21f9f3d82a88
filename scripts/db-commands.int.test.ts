import { spawn } from "node:child_process";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyPrismaFolder, EXTRA_MODEL, type PrismaCopy } from "@/lib/db/testing/prisma-copy";
import { createTemporaryDatabase, type TemporaryDatabase } from "@/lib/db/testing/temporary-database";
import { freePort } from "@/lib/testing/free-port";

// The npm run db:* commands as people run them: exit codes and what they print.

const root = fileURLToPath(new URL("..", import.meta.url));
const tsx = path.join(root, "node_modules/tsx/dist/cli.mjs");

function run(script: string, args: string[], env: Record<string, string | undefined>) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [tsx, script, ...args], { cwd: root, env: { ...process.env, ...env } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk));
    child.on("exit", (code) => resolve({ code, stdout, stderr }));
  });
}

let copy: PrismaCopy;
let database: TemporaryDatabase;
let scratch: string;
beforeAll(async () => {
  [copy, database, scratch] = await Promise.all([
    copyPrismaFolder(),
    createTemporaryDatabase(),
    mkdtemp(path.join(tmpdir(), "pier-db-commands-")),
  ]);
});
afterAll(async () => {
  await Promise.all([copy?.remove(), database?.drop(), rm(scratch, { recursive: true, force: true })]);
});

describe("npm run db:*", () => {
  it("db:migrate applies pending migrations to DATABASE_URL, then finds none", async () => {
    const first = await run("scripts/db-migrate.ts", [], { DATABASE_URL: database.url });
    expect(first).toMatchObject({ code: 0, stdout: expect.stringMatching(/db:migrate: applied \d{14}_init(, \d{14}_\w+)* \(DATABASE_URL/) });
    const second = await run("scripts/db-migrate.ts", [], { DATABASE_URL: database.url });
    expect(second).toMatchObject({ code: 0, stdout: expect.stringContaining("no pending migrations") });
  });

  it("db:migrate uses the embedded database without DATABASE_URL, and shares it while it runs", async () => {
    const env = { DATABASE_URL: "", PIER_DATA_DIR: scratch };
    const own = await run("scripts/db-migrate.ts", [], env);
    expect(own).toMatchObject({ code: 0, stdout: expect.stringMatching(/applied .*\(embedded database/) });

    const server = spawn(process.execPath, [tsx, "scripts/embedded-postgres.ts"], { cwd: root, env: { ...process.env, ...env } });
    try {
      const ready = await new Promise<string>((resolve) => createInterface({ input: server.stdout }).once("line", resolve));
      expect(JSON.parse(ready).dataDir).toBe(path.join(scratch, "postgres"));
      const shared = await run("scripts/db-migrate.ts", [], env);
      expect(shared).toMatchObject({ code: 0, stdout: expect.stringMatching(/no pending migrations \(running embedded database/) });
    } finally {
      server.kill("SIGTERM");
      await new Promise((resolve) => server.once("exit", resolve));
    }
  });

  it("db:migrate gives one clear line, not a stack, when the database cannot be reached", async () => {
    const port = await freePort(); // nothing listens there
    const result = await run("scripts/db-migrate.ts", [], { DATABASE_URL: `postgresql://pier:secret@127.0.0.1:${port}/pier` });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(
      `Error: Cannot connect to PostgreSQL at 127.0.0.1:${port}: connection refused (is the server running?)`,
    );
  });

  it("db:check passes on this repository and fails, naming the missing SQL, on a schema change", async () => {
    const env = { DATABASE_URL: process.env.DATABASE_URL };
    expect(await run("scripts/db-check.ts", [], env)).toMatchObject({ code: 0, stdout: expect.stringContaining("agree") });
    await copy.addToSchema(EXTRA_MODEL);
    const failed = await run("scripts/db-check.ts", ["--prisma-dir", copy.dir], env);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain("disagree");
    expect(failed.stderr).toContain('CREATE TABLE "Widget"');
    expect(failed.stderr).toContain("npm run db:migration -- <name>");
  });

  it("db:migration creates the missing migration, after which db:check passes", async () => {
    const env = { DATABASE_URL: database.url };
    expect((await run("scripts/db-migration.ts", [], env)).code).toBe(2); // no name: usage
    const made = await run("scripts/db-migration.ts", ["add widgets", "--prisma-dir", copy.dir], env);
    expect(made).toMatchObject({ code: 0, stdout: expect.stringMatching(/created .*\d{14}_add_widgets\/migration\.sql, applied/) });
    expect((await readdir(copy.migrationsDir)).some((name) => name.endsWith("_add_widgets"))).toBe(true);
    const check = await run("scripts/db-check.ts", ["--prisma-dir", copy.dir], { DATABASE_URL: process.env.DATABASE_URL });
    expect(check.code).toBe(0);
  });
});
