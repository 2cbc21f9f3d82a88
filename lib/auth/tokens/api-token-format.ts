import { randomSecret, sha256Hex } from "../secret-hash";

// Personal access tokens: `pier_` + 256 random bits (base64url). Only the SHA-256 is stored,
// with the last four characters as a hint. No server-only: the pier CLI uses it.

export const API_TOKEN_PREFIX = "pier_";
const SHAPE = /^pier_[A-Za-z0-9_-]{43}$/;
export const MAX_TOKEN_DAYS = 365;

export function generateApiToken(): { token: string; hash: string; hint: string } {
  const token = `${API_TOKEN_PREFIX}${randomSecret(32)}`;
  return { token, hash: sha256Hex(token), hint: token.slice(-4) };
}

export function isApiTokenShaped(value: string): boolean {
  return SHAPE.test(value);
}

/** "30d", "12h" or a number of days; at most a year. Returns milliseconds. */
export function parseTokenLifetime(text: string): number {
  const match = /^(\d+)\s*([dh]?)$/.exec(text.trim());
  if (!match) throw new Error(`"${text}" is not a lifetime; use e.g. 30d or 12h`);
  const ms = Number(match[1]) * (match[2] === "h" ? 3_600_000 : 86_400_000);
  if (ms <= 0 || ms > MAX_TOKEN_DAYS * 86_400_000) throw new Error(`a token lives between 1 hour and ${MAX_TOKEN_DAYS} days`);
  return ms;
}
