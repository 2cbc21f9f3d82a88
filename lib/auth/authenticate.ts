import "server-only";
import type { Actor } from "./actor";
import { readSessionCookie } from "./session/session-cookie";
import { findSessionActor } from "./session/find-session-actor";
import { findTokenActor } from "./tokens/find-token-actor";

// Who sent a request: `Authorization: Bearer <token>` when present (and then only that: a bad
// token is not rescued by a cookie), else the session cookie.

export interface Authentication {
  actor: Actor | null;
  /** How the request tried to prove who it is. */
  method: "token" | "session" | "none";
}

export async function authenticate(headers: Headers): Promise<Authentication> {
  const authorization = headers.get("authorization");
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    return { actor: match ? await findTokenActor(match[1]!) : null, method: "token" };
  }
  const session = readSessionCookie(headers.get("cookie"));
  if (session) return { actor: await findSessionActor(session), method: "session" };
  return { actor: null, method: "none" };
}
