import "server-only";
import type { z } from "zod";
import { auditActorOf, subjectOf, type Actor } from "@/lib/auth/actor";
import { authenticate } from "@/lib/auth/authenticate";
import { can } from "@/lib/auth/can";
import type { Action, Target } from "@/lib/auth/rules";
import { appendAuditRecord } from "../append-audit-record";
import { respond } from "./define-route";
import { validationFailure } from "./pass-through-door";
import { requestInfoFrom, type RequestInfo } from "./request-info";

// The read side for GET route handlers: authenticate (session or token), validate the query
// string, authorize with can() (a refusal is audited), run. `audit` names an event to record
// when the read is allowed too (exports of the audit log are).
//   export const GET = defineReadRoute({ action: "audit.read", query: auditFilterSchema, run });

export interface ReadSpec<S extends z.ZodType, R> {
  action: Action;
  query: S;
  target?: (query: z.output<S>, actor: Actor) => Target | Promise<Target>;
  audit?: (query: z.output<S>) => string | null;
  run: (query: z.output<S>, ctx: { actor: Actor; request: RequestInfo }) => Promise<R> | R;
}

export function defineReadRoute<S extends z.ZodType, R>(spec: ReadSpec<S, R>) {
  return async function readRoute(request: Request): Promise<Response> {
    const info = requestInfoFrom(request.headers);
    const { actor, method } = await authenticate(request.headers);
    if (!actor) return respond({ ok: false, status: 401, error: method === "token" ? "the API token is unknown, expired or revoked" : "sign in first" }, info);
    const parsed = spec.query.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!parsed.success) return respond(validationFailure(parsed.error.issues), info);
    const target = (await spec.target?.(parsed.data, actor)) ?? {};
    const decision = can(subjectOf(actor), spec.action, target);
    const event = decision.allowed ? spec.audit?.(parsed.data) : spec.action;
    if (event) {
      await appendAuditRecord({
        actor: auditActorOf(actor),
        action: event,
        target: { cluster: target.cluster, namespace: target.namespace, kind: target.kind, name: target.name },
        detail: decision.allowed ? null : decision.reason,
        after: decision.allowed ? { query: Object.fromEntries(new URL(request.url).searchParams) } : null,
        requestId: info.requestId,
        sourceIp: info.sourceIp,
        outcome: decision.allowed ? "allowed" : "denied",
      });
    }
    if (!decision.allowed) return respond({ ok: false, status: 403, error: decision.reason }, info);
    return respond({ ok: true, data: await spec.run(parsed.data, { actor, request: info }) }, info);
  };
}
