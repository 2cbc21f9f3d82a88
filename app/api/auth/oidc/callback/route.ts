// GET /api/auth/oidc/callback: the identity provider's answer; starts a session and returns to the page asked for.
import { NextResponse, type NextRequest } from "next/server";
import { finishOidcSignIn, SignInRefused } from "@/lib/auth/oidc/finish-oidc-sign-in";
import { oidcSettings, publicOrigin } from "@/lib/auth/oidc/oidc-settings";
import { OIDC_COOKIE, OIDC_COOKIE_PATH } from "@/lib/auth/oidc/oidc-transaction";
import { isSecureRequest, readSessionCookie, sessionCookieName, sessionCookieOptions } from "@/lib/auth/session/session-cookie";
import { requestInfoFrom } from "@/lib/audit/door/request-info";
import { env } from "@/lib/env";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest) {
  const settings = oidcSettings();
  if (!settings) return Response.json({ error: "single sign-on is not configured" }, { status: 404 });
  const origin = publicOrigin(request.headers);
  const secure = isSecureRequest(request.headers, env.PIER_PUBLIC_URL);
  let response: NextResponse;
  try {
    const { session, next } = await finishOidcSignIn({
      settings,
      callbackUrl: request.nextUrl,
      sealed: request.cookies.get(OIDC_COOKIE)?.value,
      request: requestInfoFrom(request.headers),
      replacing: readSessionCookie(request.headers.get("cookie")),
    });
    response = NextResponse.redirect(new URL(next, origin));
    response.cookies.set(sessionCookieName(secure), session.value, sessionCookieOptions(secure, session.expiresAt));
  } catch (error) {
    const code = error instanceof SignInRefused ? error.code : "provider";
    if (!(error instanceof SignInRefused)) console.error("[pier] single sign-on failed:", error);
    response = NextResponse.redirect(new URL(`/sign-in?error=${code}`, origin));
  }
  response.cookies.set(OIDC_COOKIE, "", { httpOnly: true, sameSite: "lax", secure, path: OIDC_COOKIE_PATH, maxAge: 0 });
  return response;
}
