import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DataDirBusyError, lockPathFor } from "./embedded/data-dir-lock";
import { IN_MEMORY, startEmbeddedPostgres } from "./embedded-postgres";

const root = fileURLToPath(new URL("../..", import.meta.url));
let dataDir: string;
beforeEach(async () => {
  dataDir = path.join(await mkdtemp(path.join(tmpdir(), "pier-embedded-")), "postgres");
});
afterEach(async () => {
  await rm(path.dirname(dataDir), { recursive: true, force: true });
});

async function sql<T extends pg.QueryResultRow>(url: string, text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text)).rows;
  } finally {
    await client.end();
  }
}

/** Runs scripts/embedded-postgres.ts as the start supervisor does and waits for its JSON line. */
async function startScript(dir: string) {
  const tsx = path.join(root, "node_modules/tsx/dist/cli.mjs");
  const child = spawn(process.execPath, [tsx, "scripts/embedded-postgres.ts", "--data-dir", dir], {
    cwd: root,
    stdio: ["ignore", "pipe", "inherit"],
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once("line", resolve);
    child.once("exit", (code) => reject(new Error(`embedded-postgres exited (${code}) before it was ready`)));
  });
  return { child, exited, ready: JSON.parse(line) as { url: string; port: number; dataDir: string; pid: number } };
}

describe("embedded PostgreSQL", () => {
  it("keeps its data across a restart", async () => {
    let started = performance.now();
    const first = await startEmbeddedPostgres({ dataDir });
    console.info(`embedded cold start (initdb): ${Math.round(performance.now() - started)} ms`);
    expect(first.url).toMatch(/^postgresql:\/\/postgres@127\.0\.0\.1:\d+\/pier_embedded$/);
    await sql(first.url, "CREATE TABLE notes (body text); INSERT INTO notes VALUES ('kept')");
    await first.stop();

    started = performance.now();
    const second = await startEmbeddedPostgres({ dataDir });
    console.info(`embedded warm start: ${Math.round(performance.now() - started)} ms`);
    try {
      expect(await sql(second.url, "SELECT body FROM notes")).toEqual([{ body: "kept" }]);
    } finally {
      await second.stop();
    }
  });

  it("refuses a second server on the same data directory while the first runs", async () => {
    const first = await startEmbeddedPostgres({ dataDir });
    try {
      const error = await startEmbeddedPostgres({ dataDir }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DataDirBusyError);
      expect((error as Error).message).toContain(`DATABASE_URL=${first.url}`);
    } finally {
      await first.stop();
    }
    expect(existsSync(lockPathFor(dataDir))).toBe(false);
  });

  it("survives kill -9 of the process serving it, and stops cleanly on SIGTERM", async () => {
    const killed = await startScript(dataDir);
    await sql(killed.ready.url, "CREATE TABLE notes (body text); INSERT INTO notes VALUES ('before kill')");
    process.kill(killed.ready.pid, "SIGKILL"); // the server itself, not tsx's wrapper
    await killed.exited;

    const again = await startScript(dataDir); // takes over the stale lock
    expect(await sql(again.ready.url, "SELECT body FROM notes")).toEqual([{ body: "before kill" }]);
    again.child.kill("SIGTERM");
    expect(await again.exited).toBe(0);
    expect(existsSync(lockPathFor(dataDir))).toBe(false);
  });

  it("serves a pool of many connections correctly (transactions, errors, large rows at once)", async () => {
    const server = await startEmbeddedPostgres({ dataDir: IN_MEMORY });
    const pool = new pg.Pool({ connectionString: server.url, max: 10 });
    try {
      await pool.query("CREATE TABLE t (id int PRIMARY KEY, body text)");
      const outcomes = await Promise.all(
        Array.from({ length: 120 }, async (_, i) => {
          if (i % 4 === 0) {
            const client = await pool.connect();
            try {
              await client.query("BEGIN");
              await client.query("INSERT INTO t VALUES ($1, $2)", [i, "x".repeat(50_000)]);
              const { rows } = await client.query<{ id: number }>("SELECT id FROM t WHERE id = $1", [i]);
              await client.query("COMMIT");
              return rows[0]?.id === i;
            } finally {
              client.release();
            }
          }
          if (i % 4 === 1) return pool.query("SELECT 1 / $1::int", [0]).then(() => false, (e: Error) => /division by zero/.test(e.message));
          if (i % 4 === 2) {
            const { rows } = await pool.query<{ v: string }>("SELECT $1::text || repeat('z', 100000) AS v", [`k${i}`]);
            return rows[0]!.v.startsWith(`k${i}z`);
          }
          const { rows } = await pool.query<{ a: string; b: string }>("SELECT $1::int8 AS a, $2::text AS b", [i, `s${i}`]);
          return rows[0]!.a === String(i) && rows[0]!.b === `s${i}`;
        }),
      );
      expect(outcomes.every(Boolean)).toBe(true);
      expect(pool.totalCount).toBeGreaterThan(1);
    } finally {
      await pool.end();
      await server.stop();
    }
  });
});
