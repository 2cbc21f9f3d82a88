import { describe, expect, it } from "vitest";
import { isSecureRequest, readSessionCookie, sessionCookieName, sessionCookieOptions } from "./session-cookie";

const value = "a".repeat(43);

describe("session cookie", () => {
  it("is HttpOnly and SameSite=Lax always, Secure with the __Host- prefix over https", () => {
    const expires = new Date("2026-12-01T00:00:00Z");
    expect(sessionCookieOptions(false, expires)).toEqual({ httpOnly: true, sameSite: "lax", secure: false, path: "/", expires });
    expect(sessionCookieOptions(true, expires).secure).toBe(true);
    expect(sessionCookieName(true)).toBe("__Host-pier_session");
    expect(sessionCookieName(false)).toBe("pier_session");
  });

  it("knows https from the public URL, else from the proxy's X-Forwarded-Proto", () => {
    expect(isSecureRequest(new Headers(), "https://pier.example.com")).toBe(true);
    expect(isSecureRequest(new Headers({ "x-forwarded-proto": "https" }), "http://pier.local")).toBe(false);
    expect(isSecureRequest(new Headers({ "x-forwarded-proto": "https" }))).toBe(true);
    expect(isSecureRequest(new Headers({ "x-forwarded-proto": "http" }))).toBe(false);
  });

  it("reads only values shaped like a session id", () => {
    expect(readSessionCookie(`theme=dark; pier_session=${value}`)).toBe(value);
    expect(readSessionCookie(`__Host-pier_session=${value}; pier_session=${"b".repeat(43)}`)).toBe(value);
    expect(readSessionCookie("pier_session=forged")).toBeNull();
    expect(readSessionCookie(`pier_session=${value}'--`)).toBeNull();
    expect(readSessionCookie(null)).toBeNull();
  });
});
