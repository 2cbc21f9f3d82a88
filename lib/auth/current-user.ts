import "server-only";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { appendAuditRecord } from "@/lib/audit/append-audit-record";
import { requestInfoFrom } from "@/lib/audit/door/request-info";
import { auditActorOf, subjectOf, type Actor } from "./actor";
import { authenticate } from "./authenticate";
import { can } from "./can";
import type { Action, Target } from "./rules";

// The read side for pages (layouts are not access control: every page calls one of these).
//   const me = await requireUser();                  // else redirect to /sign-in?next=<this page>
//   const me = await requireCan("audit.read");       // else the 403 page, and a "denied" record

/** The signed-in person of this request, or null; looked up once per request. */
export const getCurrentActor = cache(async (): Promise<Actor | null> => (await authenticate(await headers())).actor);

/** Where to send someone who is not signed in: back here after signing in (path from proxy.ts). */
export function signInPathFor(requestHeaders: Headers): string {
  const path = requestHeaders.get("x-pier-path");
  return path && path.startsWith("/") && !path.startsWith("//") && path !== "/" ? `/sign-in?next=${encodeURIComponent(path)}` : "/sign-in";
}

export async function requireUser(): Promise<Actor> {
  const actor = await getCurrentActor();
  if (!actor) redirect(signInPathFor(await headers()));
  return actor;
}

export async function requireCan(action: Action, target: Target = {}): Promise<Actor> {
  const actor = await requireUser();
  const decision = can(subjectOf(actor), action, target);
  if (!decision.allowed) {
    const info = requestInfoFrom(await headers());
    await appendAuditRecord({
      actor: auditActorOf(actor),
      action,
      target: { cluster: target.cluster, namespace: target.namespace, kind: target.kind, name: target.name },
      detail: decision.reason,
      requestId: info.requestId,
      sourceIp: info.sourceIp,
      outcome: "denied",
    });
    forbidden();
  }
  return actor;
}
