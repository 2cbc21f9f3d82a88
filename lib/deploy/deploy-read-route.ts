import "server-only";
import type { z } from "zod";
import { DoorError } from "@/lib/audit/door/door-errors";
import { defineReadRoute } from "@/lib/audit/door/define-read-route";
import type { Actor } from "@/lib/auth/actor";
import { lookupErrorResponse } from "@/lib/environments/require-reader";
import { LookupError } from "@/lib/environments/lookup-error";

// GET routes of deploys (branches, rollback previews, history, the cleanup listing): readers of
// environments may see them; domain refusals (404, 422) answer as { error } like the door's.

type Params = Record<string, string>;

export function deployReadRoute<P extends Params, Q extends z.ZodType>(query: Q, run: (params: P, query: z.output<Q>, actor: Actor) => Promise<unknown>) {
  return async function GET(request: Request, context: { params: Promise<P> }): Promise<Response> {
    const params = ((await context?.params) ?? {}) as P;
    const route = defineReadRoute({
      action: "environment.read",
      query,
      target: () => ({ cluster: params.cluster, namespace: params.namespace, name: params.service }),
      run: async (parsed, { actor }) => {
        try {
          return await run(params, parsed, actor);
        } catch (error) {
          if (error instanceof LookupError) return lookupErrorResponse(error);
          if (error instanceof DoorError) return Response.json({ error: error.message, ...(error.fields && { fields: error.fields }) }, { status: error.status, headers: { "cache-control": "no-store" } });
          throw error;
        }
      },
    });
    return route(request);
  };
}
