// Canonical JSON for hashing: object keys sorted at every level, no whitespace, undefined
// members dropped, Dates as ISO strings. The same value always gives the same text, whatever
// order PostgreSQL's jsonb hands keys back in. Pure.

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export function canonicalJson(value: unknown): string {
  return JSON.stringify(normalize(value));
}

/** The value as plain JSON data (what a jsonb column stores and returns), keys sorted. */
export function normalize(value: unknown): Json {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "bigint") return Number(value);
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "string") return value.replaceAll("\u0000", ""); // PostgreSQL text cannot hold NUL
  if (typeof value === "boolean") return value;
  if (Array.isArray(value)) return value.map((item) => (item === undefined ? null : normalize(item)));
  if (typeof value === "object") {
    const out: Record<string, Json> = {};
    for (const key of Object.keys(value).sort()) {
      const member = (value as Record<string, unknown>)[key];
      if (member !== undefined && typeof member !== "function") out[key] = normalize(member);
    }
    return out;
  }
  return null;
}
