// The session cookie: HttpOnly (scripts cannot read it), SameSite=Lax (not sent on cross-site
// POSTs), Secure and `__Host-` prefixed (no Domain, Path=/) when Pier is served over https.
// Only a random value; the database keeps its SHA-256. No Next.js imports: tests use it as is.

export const SESSION_COOKIE = "pier_session";
export const SECURE_SESSION_COOKIE = "__Host-pier_session";
const VALUE = /^[A-Za-z0-9_-]{43}$/; // 32 random bytes, base64url

export function sessionCookieName(secure: boolean): string {
  return secure ? SECURE_SESSION_COOKIE : SESSION_COOKIE;
}

export function sessionCookieOptions(secure: boolean, expires: Date) {
  return { httpOnly: true, sameSite: "lax" as const, secure, path: "/", expires };
}

/** Served over https: Pier's public URL says so, or the proxy in front of it does. */
export function isSecureRequest(headers: Headers, publicUrl?: string): boolean {
  if (publicUrl) return publicUrl.startsWith("https:");
  return headers.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https";
}

export function parseCookieHeader(header: string | null): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of (header ?? "").split(";")) {
    const at = part.indexOf("=");
    if (at <= 0) continue;
    const name = part.slice(0, at).trim();
    if (!cookies.has(name)) cookies.set(name, part.slice(at + 1).trim());
  }
  return cookies;
}

/** The session value a request carries, if it has the shape of one (anything else is ignored). */
export function readSessionCookie(header: string | null): string | null {
  const cookies = parseCookieHeader(header);
  const value = cookies.get(SECURE_SESSION_COOKIE) ?? cookies.get(SESSION_COOKIE);
  return value && VALUE.test(value) ? value : null;
}
