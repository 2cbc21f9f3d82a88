import { createHmac, timingSafeEqual } from "node:crypto";

// The state of one sign-in in flight (state, nonce, PKCE verifier, where to return), kept in a
// short-lived HttpOnly cookie signed with the auth secret, so that only the browser that started
// a sign-in can finish it. Pure but for the clock.

export const OIDC_COOKIE = "pier_oidc";
export const OIDC_COOKIE_PATH = "/api/auth/oidc";
export const OIDC_TRANSACTION_SECONDS = 600;

export interface OidcTransaction {
  state: string;
  nonce: string;
  verifier: string;
  redirectUri: string;
  next: string;
  expiresAt: number;
}

const mac = (payload: string, secret: string) => createHmac("sha256", secret).update(`oidc-transaction.${payload}`).digest("base64url");

export function sealOidcTransaction(transaction: OidcTransaction, secret: string): string {
  const payload = Buffer.from(JSON.stringify(transaction)).toString("base64url");
  return `${payload}.${mac(payload, secret)}`;
}

export function unsealOidcTransaction(sealed: string | undefined, secret: string, now = Date.now()): OidcTransaction | null {
  const [payload, signature, extra] = (sealed ?? "").split(".");
  if (!payload || !signature || extra !== undefined) return null;
  const expected = Buffer.from(mac(payload, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const transaction = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as OidcTransaction;
    return transaction.expiresAt > now ? transaction : null;
  } catch {
    return null;
  }
}
