import { describe, expect, it } from "vitest";
import { sha256Hex } from "../secret-hash";
import { generateApiToken, isApiTokenShaped, parseTokenLifetime } from "./api-token-format";

describe("API tokens", () => {
  it("are pier_ + 43 random characters, kept as a SHA-256 and a four-character hint", () => {
    const a = generateApiToken();
    const b = generateApiToken();
    expect(a.token).toMatch(/^pier_[A-Za-z0-9_-]{43}$/);
    expect(a.token).not.toBe(b.token);
    expect(a.hash).toBe(sha256Hex(a.token));
    expect(a.hash).not.toContain(a.token.slice(5, 20));
    expect(a.hint).toBe(a.token.slice(-4));
    expect(isApiTokenShaped(a.token)).toBe(true);
    expect(isApiTokenShaped("pier_short")).toBe(false);
  });

  it("live between an hour and a year", () => {
    expect(parseTokenLifetime("30d")).toBe(30 * 86_400_000);
    expect(parseTokenLifetime("12h")).toBe(12 * 3_600_000);
    expect(parseTokenLifetime("7")).toBe(7 * 86_400_000);
    expect(() => parseTokenLifetime("366d")).toThrow(/365 days/);
    expect(() => parseTokenLifetime("soon")).toThrow(/not a lifetime/);
  });
});
