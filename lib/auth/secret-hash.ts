import { createHash, randomBytes } from "node:crypto";

// Random secrets and their digests. Session ids and API tokens are 256-bit random values that
// Pier keeps only as SHA-256 digests. No server-only: the pier CLI uses it too.

export function randomSecret(bytes = 32): string {
  return randomBytes(bytes).toString("base64url");
}

export function sha256Hex(value: string): string {
  return createHash("sha256").update(value, "utf8").digest("hex");
}
