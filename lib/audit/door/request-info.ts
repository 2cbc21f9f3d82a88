import { randomUUID } from "node:crypto";

// What the audit log keeps about the request an action came in on, and the same-origin check
// for cookie-authenticated writes to route handlers (server actions get Next.js's own check).

export interface RequestInfo {
  requestId: string;
  sourceIp: string | null;
  userAgent: string | null;
}

export function requestInfoFrom(headers: Headers): RequestInfo {
  const given = headers.get("x-request-id");
  return {
    requestId: given && /^[\w.-]{1,64}$/.test(given) ? given : randomUUID(),
    // Next.js fills X-Forwarded-For with the peer address unless a proxy in front already did.
    sourceIp: headers.get("x-forwarded-for")?.split(",")[0]?.trim() || headers.get("x-real-ip") || null,
    userAgent: headers.get("user-agent"),
  };
}

/** The origin this request was addressed to: Pier's public URL, else what the Host header says. */
export function expectedOrigin(headers: Headers, publicUrl?: string): string | null {
  if (publicUrl) return new URL(publicUrl).origin;
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  if (!host) return null;
  const proto = headers.get("x-forwarded-proto")?.split(",")[0]?.trim() || "http";
  return `${proto}://${host.split(",")[0]!.trim()}`;
}

/**
 * A write carried by a browser cookie must come from Pier's own pages: the Origin header (sent by
 * browsers on every cross-origin and same-origin POST) must match; without it, Sec-Fetch-Site must
 * not say the request came from another site.
 */
export function isSameOriginRequest(headers: Headers, publicUrl?: string): boolean {
  const origin = headers.get("origin");
  if (origin) return origin !== "null" && origin === expectedOrigin(headers, publicUrl);
  const site = headers.get("sec-fetch-site");
  return !site || site === "same-origin" || site === "none";
}
