import { createServer, type Server, type Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "./client";
import { applyMigrations } from "./migrate/apply-migrations";
import { pingDatabase } from "./ping";
import { freePort } from "@/lib/testing/free-port";
import { createTemporaryDatabase, type TemporaryDatabase } from "./testing/temporary-database";

// /api/readyz's probe: ok with latency when the database answers and is migrated; otherwise one
// clear sentence (no stack) and quickly.

let migrated: TemporaryDatabase;
let empty: TemporaryDatabase;
beforeAll(async () => {
  [migrated, empty] = await Promise.all([createTemporaryDatabase(), createTemporaryDatabase()]);
  await applyMigrations(migrated.url);
});
afterAll(async () => {
  await Promise.all([migrated?.drop(), empty?.drop()]);
});

async function ping(url: string, timeoutMs?: number) {
  const client = createPrismaClient(url);
  try {
    return await pingDatabase({ client, timeoutMs });
  } finally {
    // Not awaited: against a silent server the pool only gives up after its connect timeout.
    void client.$disconnect();
  }
}

function expectSentence(message: string) {
  expect(message).not.toMatch(/\n\s+at /); // no stack
  expect(message.length).toBeLessThan(300);
}

describe("pingDatabase", () => {
  it("answers ok with the latency when the database is reachable and migrated", async () => {
    const result = await ping(migrated.url);
    expect(result).toEqual({ ok: true, latencyMs: expect.any(Number) });
  });

  it("says the database is not migrated", async () => {
    const result = await ping(empty.url);
    expect(result).toEqual({ ok: false, error: "The database is reachable but not migrated; run `npm run db:migrate`." });
  });

  it("says the server cannot be reached (nothing listening, or an unknown host)", async () => {
    const port = await freePort();
    for (const [url, where] of [
      [`postgresql://pier:secret@127.0.0.1:${port}/pier`, `127.0.0.1:${port}`],
      ["postgresql://pier@no-such-host.invalid:5432/pier", "no-such-host.invalid"],
    ] as const) {
      const result = await ping(url);
      expect(result).toEqual({
        ok: false,
        error: `Cannot connect to PostgreSQL at ${where}: not reachable (is the server running, is the host right?)`,
      });
      if (!result.ok) expectSentence(result.error);
    }
  });

  it("gives up after the timeout when the server never answers", async () => {
    const sockets: Socket[] = [];
    const silent: Server = createServer((socket) => void sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const { port } = silent.address() as { port: number };
    try {
      const started = performance.now();
      const result = await ping(`postgresql://pier@127.0.0.1:${port}/pier`, 300);
      expect(result).toEqual({ ok: false, error: "The database did not answer within 300 ms." });
      expect(performance.now() - started).toBeLessThan(2_000);
    } finally {
      sockets.forEach((socket) => socket.destroy());
      await new Promise((resolve) => silent.close(resolve));
    }
  });
});
