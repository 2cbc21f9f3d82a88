import "server-only";
import { auditActorOf, subjectOf, type Actor } from "@/lib/auth/actor";
import { authenticate } from "@/lib/auth/authenticate";
import { can } from "@/lib/auth/can";
import { appendAuditRecord } from "@/lib/audit/append-audit-record";
import { isSameOriginRequest, requestInfoFrom } from "@/lib/audit/door/request-info";
import { env } from "@/lib/env";
import type { ConsoleSocketMode } from "../socket-messages";
import { consoleTargetOf, findConsoleSession, type ConsoleSessionRow } from "../store/console-session-rows";

// The door of the console WebSocket, in the door's order: authenticate (session cookie or API
// token), refuse cross-site upgrades of cookie sessions (WebSocket hijacking: browsers send
// Origin, and cookies, on every upgrade), find the session, authorize with can(), audit.
// Typing needs the session's owner and "console.open" (production: an approved request);
// watching needs "console.watch" and is itself audited.

export type SocketDecision = { ok: true; actor: Actor; session: ConsoleSessionRow } | { ok: false; status: 401 | 403 | 404; error: string };

export async function authorizeConsoleSocket(headers: Headers, sessionId: string, mode: ConsoleSocketMode): Promise<SocketDecision> {
  const info = requestInfoFrom(headers);
  const { actor, method } = await authenticate(headers);
  if (!actor) return { ok: false, status: 401, error: method === "token" ? "the API token is unknown, expired or revoked" : "sign in first" };
  const action = mode === "watch" ? "console.watch" : "console.open";
  const audit = (outcome: "denied" | "allowed", detail: string | null, session?: ConsoleSessionRow) =>
    appendAuditRecord({
      actor: auditActorOf(actor),
      action,
      target: { cluster: session?.cluster, namespace: session?.namespace, kind: "ConsoleSession", name: sessionId },
      detail,
      requestId: info.requestId,
      sourceIp: info.sourceIp,
      outcome,
    });
  if (method === "session" && !isSameOriginRequest(headers, env.PIER_PUBLIC_URL)) {
    const reason = `cross-site WebSocket refused (Origin ${headers.get("origin") ?? "missing"})`;
    await audit("denied", reason);
    return { ok: false, status: 403, error: reason };
  }
  const session = await findConsoleSession(sessionId);
  if (!session) return { ok: false, status: 404, error: `no console session ${sessionId}` };
  const decision =
    mode === "drive" && session.userId !== actor.userId
      ? { allowed: false, reason: "only the person who requested a console may type in it" }
      : can(subjectOf(actor), action, consoleTargetOf(session));
  if (!decision.allowed) {
    await audit("denied", decision.reason, session);
    return { ok: false, status: 403, error: decision.reason };
  }
  if (mode === "watch") await audit("allowed", null, session);
  return { ok: true, actor, session };
}
