import "server-only";
import type { z } from "zod";
import { auditActorOf, subjectOf, type Actor } from "@/lib/auth/actor";
import type { Authentication } from "@/lib/auth/authenticate";
import { can } from "@/lib/auth/can";
import { rules, type Action, type Target } from "@/lib/auth/rules";
import { appendAuditRecord, type AuditEntry } from "../append-audit-record";
import type { AuditOutcome } from "../hash-audit-record";
import { DoorError } from "./door-errors";
import type { RequestInfo } from "./request-info";

// The door every write goes through, in order: authenticate, validate, authorize, run, audit.
// defineAction (server actions) and defineRoute (route handlers) adapt it to their transport.

export interface DoorContext {
  actor: Actor | null;
  target: Target;
  request: RequestInfo;
  /** Compact state before and after, for the audit record (e.g. { replicas: 1 } -> { replicas: 3 }). */
  change(before: unknown, after: unknown): void;
  /** Record the outcome as done by this person (sign-in: the one who just signed in). */
  actAs(actor: Actor): void;
}

export interface DoorSpec<S extends z.ZodType, R> {
  /** The permission, from lib/auth/rules.ts. */
  action: Action;
  /** The audit record's action when more precise than the permission (e.g. "token.create"). */
  event?: string;
  input: S;
  /** What the action is done to; may look things up (and throw NotFoundError). */
  target?: (input: z.output<S>, actor: Actor | null) => Target | Promise<Target>;
  run: (input: z.output<S>, ctx: DoorContext) => Promise<R> | R;
}

export type DoorOutcome<R> =
  | { ok: true; data: R }
  | { ok: false; status: number; error: string; fields?: Record<string, string> };

/** Next.js's redirect() and notFound() work by throwing; they are how a run ends, not failures. */
export function isNavigationSignal(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === "string" && /^NEXT_(REDIRECT|HTTP_ERROR_FALLBACK|NOT_FOUND)/.test(digest);
}

export function validationFailure(issues: z.core.$ZodIssue[]): DoorOutcome<never> {
  const fields: Record<string, string> = {};
  for (const issue of issues) fields[issue.path.join(".") || "input"] ??= issue.message;
  const list = Object.entries(fields).map(([field, message]) => `${field}: ${message}`);
  return { ok: false, status: 422, error: `Invalid input: ${list.join("; ")}`, fields };
}

export async function passThroughDoor<S extends z.ZodType, R>(
  spec: DoorSpec<S, R>,
  raw: unknown,
  request: RequestInfo,
  authentication: Authentication,
): Promise<DoorOutcome<R>> {
  const isPublic = rules[spec.action].grants.some((grant) => grant.roles === "anyone");
  let actor = authentication.actor;
  if (!actor && !isPublic) {
    const error = authentication.method === "token" ? "the API token is unknown, expired or revoked" : "sign in first";
    return { ok: false, status: 401, error };
  }

  const parsed = spec.input.safeParse(raw);
  if (!parsed.success) return validationFailure(parsed.error.issues);
  const input = parsed.data;

  let target: Target = {};
  let before: unknown;
  let after: unknown;
  const record = async (outcome: AuditOutcome, detail: string | null) => {
    const reason = (input as { reason?: unknown } | null)?.reason;
    const entry: AuditEntry = {
      actor: auditActorOf(actor),
      action: spec.event ?? spec.action,
      target: { cluster: target.cluster, namespace: target.namespace, kind: target.kind, name: target.name },
      reason: typeof reason === "string" ? reason : null,
      detail,
      requestId: request.requestId,
      sourceIp: request.sourceIp,
      outcome,
      before,
      after,
    };
    await appendAuditRecord(entry);
  };
  const fail = async (error: unknown): Promise<DoorOutcome<R>> => {
    if (error instanceof DoorError) {
      await record(error.status === 403 ? "denied" : "failed", error.message);
      return { ok: false, status: error.status, error: error.message, fields: error.fields };
    }
    console.error(`[pier] ${spec.event ?? spec.action} failed (request ${request.requestId}):`, error);
    await record("failed", error instanceof Error ? error.message : String(error));
    return { ok: false, status: 500, error: `${spec.event ?? spec.action} failed; the audit log has the details (request ${request.requestId})` };
  };

  let result: R;
  try {
    target = (await spec.target?.(input, actor)) ?? {};
    const decision = can(actor ? subjectOf(actor) : null, spec.action, target);
    if (!decision.allowed) {
      await record("denied", decision.reason);
      return { ok: false, status: 403, error: decision.reason };
    }
    result = await spec.run(input, {
      actor,
      target,
      request,
      change: (b, a) => ((before = b), (after = a)),
      actAs: (who) => void (actor = who),
    });
  } catch (error) {
    if (!isNavigationSignal(error)) return fail(error);
    await record("succeeded", null);
    throw error;
  }
  await record("succeeded", null);
  return { ok: true, data: result };
}
