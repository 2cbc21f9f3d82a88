import "server-only";
import { z } from "zod";
import { requireCan } from "@/lib/auth/current-user";
import { defineReadRoute } from "@/lib/audit/door/define-read-route";
import { ensureCleanupSchedule } from "@/lib/deploy/lifecycle/cleanup-schedule";
import { LookupError } from "./lookup-error";

// The one place environments pages and JSON routes check who reads (lib/auth decides; reads of
// environments are "environment.read"). Routes answer lookup failures as { error } with 400/404/503.

export interface Reader {
  email: string;
  name: string;
}

/** Pages: the signed-in reader; otherwise lib/auth redirects to sign-in or shows the 403 page. */
export async function requireReader(): Promise<Reader> {
  const actor = await requireCan("environment.read");
  ensureCleanupSchedule(); // also started by a readiness probe; once per process
  return { email: actor.email, name: actor.name };
}

/** Turns a LookupError into its JSON answer; anything else is a real failure. */
export function lookupErrorResponse(error: unknown): Response {
  if (error instanceof LookupError) return Response.json({ error: error.message }, { status: error.status, headers: { "cache-control": "no-store" } });
  throw error;
}

type Params = Record<string, string>;
type Handler<P extends Params> = (params: P, request: Request, reader: Reader) => Promise<unknown> | unknown;

/**
 * A GET route handler reading environments: session or API token, then `run` with the path
 * parameters. `audit` names an event to record when the read is allowed too (downloads are).
 */
export function environmentReadRoute<P extends Params>(run: Handler<P>, options: { audit?: (query: Record<string, string>) => string | null } = {}) {
  return async function GET(request: Request, context: { params: Promise<P> }): Promise<Response> {
    const params = ((await context?.params) ?? {}) as P; // static routes have no params
    const route = defineReadRoute({
      action: "environment.read",
      query: z.record(z.string(), z.string()),
      target: () => ({ cluster: params.cluster, namespace: params.namespace, name: params.service }),
      audit: options.audit,
      run: async (_query, { actor }) => {
        try {
          return await run(params, request, { email: actor.email, name: actor.name });
        } catch (error) {
          return lookupErrorResponse(error);
        }
      },
    });
    return route(request);
  };
}
