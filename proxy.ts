import { NextResponse, type NextRequest } from "next/server";

// Hands the requested path to pages (x-pier-path), so that someone who must sign in first comes
// back to where they were going. Not access control: pages check with requireUser/requireCan.
export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set("x-pier-path", `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.next({ request: { headers } });
}

export const config = { matcher: ["/((?!api/|_next/|sign-in|favicon.ico).*)"] };
