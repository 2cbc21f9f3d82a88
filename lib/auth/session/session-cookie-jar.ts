import "server-only";
import { cookies, headers } from "next/headers";
import { env } from "@/lib/env";
import type { NewSession } from "./create-session";
import { isSecureRequest, readSessionCookie, SECURE_SESSION_COOKIE, SESSION_COOKIE, sessionCookieName, sessionCookieOptions } from "./session-cookie";

// The session cookie of the current request, for server actions (next/headers).

async function secure(): Promise<boolean> {
  return isSecureRequest(await headers(), env.PIER_PUBLIC_URL);
}

export async function readCurrentSessionValue(): Promise<string | null> {
  return readSessionCookie((await headers()).get("cookie"));
}

export async function writeSessionCookie(session: NewSession): Promise<void> {
  const isSecure = await secure();
  (await cookies()).set(sessionCookieName(isSecure), session.value, sessionCookieOptions(isSecure, session.expiresAt));
}

export async function clearSessionCookie(): Promise<void> {
  const jar = await cookies();
  const gone = new Date(0);
  // A __Host- cookie can only be overwritten with the same Secure and Path attributes.
  jar.set(SESSION_COOKIE, "", sessionCookieOptions(false, gone));
  if (await secure()) jar.set(SECURE_SESSION_COOKIE, "", sessionCookieOptions(true, gone));
}
