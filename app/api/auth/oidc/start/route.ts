// GET /api/auth/oidc/start?next=/path: sends the browser to the identity provider (PKCE, state, nonce).
import { NextResponse, type NextRequest } from "next/server";
import { OIDC_COOKIE, OIDC_COOKIE_PATH, OIDC_TRANSACTION_SECONDS } from "@/lib/auth/oidc/oidc-transaction";
import { oidcSettings, publicOrigin } from "@/lib/auth/oidc/oidc-settings";
import { startOidcSignIn } from "@/lib/auth/oidc/start-oidc-sign-in";
import { isSecureRequest } from "@/lib/auth/session/session-cookie";
import { env } from "@/lib/env";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest) {
  const settings = oidcSettings();
  if (!settings) return Response.json({ error: "single sign-on is not configured" }, { status: 404 });
  const origin = publicOrigin(request.headers);
  try {
    const { url, sealed } = await startOidcSignIn(settings, { origin, next: request.nextUrl.searchParams.get("next") });
    const response = NextResponse.redirect(url);
    const secure = isSecureRequest(request.headers, env.PIER_PUBLIC_URL);
    response.cookies.set(OIDC_COOKIE, sealed, { httpOnly: true, sameSite: "lax", secure, path: OIDC_COOKIE_PATH, maxAge: OIDC_TRANSACTION_SECONDS });
    return response;
  } catch (error) {
    console.error("[pier] single sign-on: the identity provider cannot be reached:", (error as Error).message);
    return NextResponse.redirect(new URL("/sign-in?error=unreachable", origin));
  }
}
