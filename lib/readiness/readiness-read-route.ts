import "server-only";
import { z } from "zod";
import { defineReadRoute } from "@/lib/audit/door/define-read-route";
import { ChecklistUnavailableError } from "./readiness-context";

// GET route handlers of the readiness API: session or API token, then `run` with the path
// parameters and query. Readiness is readable by everyone signed in, like environments, so it
// asks the same permission. A checklist that was never readable answers 503 with the reason.

type Params = Record<string, string>;

export function readinessReadRoute<P extends Params>(run: (params: P, query: URLSearchParams) => Promise<unknown>) {
  return async function GET(request: Request, context: { params: Promise<P> }): Promise<Response> {
    const params = await context.params;
    const route = defineReadRoute({
      action: "environment.read",
      query: z.record(z.string(), z.string()),
      target: () => ({ kind: "Readiness", name: params.service }),
      run: async () => {
        try {
          return await run(params, new URL(request.url).searchParams);
        } catch (error) {
          if (error instanceof ChecklistUnavailableError) return Response.json({ error: error.message }, { status: 503, headers: { "cache-control": "no-store" } });
          throw error;
        }
      },
    });
    return route(request);
  };
}

export function notFound(message: string): Response {
  return Response.json({ error: message }, { status: 404, headers: { "cache-control": "no-store" } });
}
