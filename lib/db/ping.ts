import "server-only";
import { DatabaseNotConfiguredError, getPrisma } from "./client";
import { describeDatabaseError } from "./connection-error";
import type { PrismaClient } from "./generated/client";

// Readiness of the database for /api/readyz: reachable and migrated, answered within a short
// timeout, with a sentence (never a stack) when not.

export type DatabasePing = { ok: true; latencyMs: number } | { ok: false; error: string };

const MISSING_TABLE = "P2021";

export async function pingDatabase(options: { client?: PrismaClient; timeoutMs?: number } = {}): Promise<DatabasePing> {
  const timeoutMs = options.timeoutMs ?? 2_000;
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    const client = options.client ?? getPrisma();
    // One cheap read of a migrated table proves both the connection and the schema.
    const query = client.setting.findFirst({ select: { key: true } });
    const timeout = new Promise<"timeout">((resolve) => {
      timer = setTimeout(() => resolve("timeout"), timeoutMs);
    });
    if ((await Promise.race([query, timeout])) === "timeout") {
      // The query may still finish later; its outcome no longer matters.
      query.catch(() => {});
      return { ok: false, error: `The database did not answer within ${timeoutMs} ms.` };
    }
    return { ok: true, latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    if (error instanceof DatabaseNotConfiguredError) return { ok: false, error: error.message };
    if ((error as { code?: unknown }).code === MISSING_TABLE) {
      return { ok: false, error: "The database is reachable but not migrated; run `npm run db:migrate`." };
    }
    return { ok: false, error: describeDatabaseError(error) };
  } finally {
    clearTimeout(timer);
  }
}
