import "server-only";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { env } from "@/lib/env";
import { isEmbeddedMode } from "@/lib/env-schema";
import { randomSecret } from "./secret-hash";

// The key that signs sign-in state. PIER_AUTH_SECRET when set (required outside embedded mode);
// in the embedded demo one is made on first use and kept in PIER_DATA_DIR, so restarts keep it.

let cached: string | undefined;

export function getAuthSecret(): string {
  if (cached) return cached;
  if (env.PIER_AUTH_SECRET) return (cached = env.PIER_AUTH_SECRET);
  if (!isEmbeddedMode(env)) throw new Error("PIER_AUTH_SECRET is required outside the embedded demo");
  const file = path.resolve(env.PIER_DATA_DIR, "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    // "wx": two processes racing both succeed in reading the one that was written first.
    try {
      writeFileSync(file, randomSecret(48), { flag: "wx", mode: 0o600 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    chmodSync(file, 0o600);
  }
  return (cached = readFileSync(file, "utf8").trim());
}
