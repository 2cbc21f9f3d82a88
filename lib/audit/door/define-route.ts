import "server-only";
import type { z } from "zod";
import { authenticate } from "@/lib/auth/authenticate";
import { env } from "@/lib/env";
import { appendAuditRecord } from "../append-audit-record";
import { passThroughDoor, type DoorOutcome, type DoorSpec } from "./pass-through-door";
import { isSameOriginRequest, requestInfoFrom, type RequestInfo } from "./request-info";

// The door for mutating route handlers (POST, PUT, PATCH, DELETE):
//   export const POST = defineRoute({ action: "token.manage", event: "token.create", input, target, run, status: 201 });
// The input is the JSON body merged with the query string and the route's path parameters (path
// wins). Answers JSON: the run's result, or { error, fields? } with 400/401/403/404/409/422/500.
// A request authenticated by cookie must come from Pier's own origin (CSRF); tokens need not.

export interface RouteContext {
  params: Promise<Record<string, string | string[] | undefined>>;
}

async function readInput(request: Request, context: RouteContext | undefined): Promise<Record<string, unknown> | null> {
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const params = (await context?.params) ?? {};
  const text = ["GET", "HEAD"].includes(request.method) ? "" : await request.text();
  if (!text.trim()) return { ...query, ...params };
  try {
    const body: unknown = JSON.parse(text);
    if (typeof body !== "object" || body === null || Array.isArray(body)) return null;
    return { ...query, ...(body as Record<string, unknown>), ...params };
  } catch {
    return null;
  }
}

export function respond<R>(outcome: DoorOutcome<R>, request: RequestInfo, status = 200): Response {
  const headers = { "x-request-id": request.requestId, "cache-control": "no-store" };
  if (!outcome.ok) return Response.json({ error: outcome.error, ...(outcome.fields && { fields: outcome.fields }) }, { status: outcome.status, headers });
  if (outcome.data instanceof Response) return outcome.data;
  return Response.json(outcome.data ?? null, { status, headers });
}

export function defineRoute<S extends z.ZodType, R>(spec: DoorSpec<S, R> & { status?: number }) {
  return async function doorRoute(request: Request, context?: RouteContext): Promise<Response> {
    const info = requestInfoFrom(request.headers);
    const authentication = await authenticate(request.headers);
    if (authentication.method === "session" && authentication.actor && !isSameOriginRequest(request.headers, env.PIER_PUBLIC_URL)) {
      const reason = `cross-site request refused (Origin ${request.headers.get("origin") ?? "missing"})`;
      await appendAuditRecord({
        actor: { kind: "person", id: authentication.actor.userId, display: authentication.actor.email },
        action: spec.event ?? spec.action,
        detail: reason,
        requestId: info.requestId,
        sourceIp: info.sourceIp,
        outcome: "denied",
      });
      return respond({ ok: false, status: 403, error: reason }, info);
    }
    const input = await readInput(request, context);
    if (input === null) return respond({ ok: false, status: 400, error: "the body must be a JSON object" }, info);
    return respond(await passThroughDoor(spec, input, info, authentication), info, spec.status);
  };
}
