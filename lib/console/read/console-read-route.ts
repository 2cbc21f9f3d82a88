import "server-only";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import type { Action } from "@/lib/auth/rules";
import { defineReadRoute } from "@/lib/audit/door/define-read-route";
import { consoleTargetOf, findConsoleSession, type ConsoleSessionRow } from "../store/console-session-rows";

// GET routes of one session (/api/consoles/<id>/...) through the read door: the session's row
// is the target (owner, environment), so can() decides and a refusal is audited. A session that
// does not exist is refused like someone else's would be, unless the caller may read any.

interface ConsoleReadSpec<S extends z.ZodType, R> {
  action: Action;
  query: S;
  audit?: (query: z.output<S>) => string | null;
  run: (query: z.output<S>, row: ConsoleSessionRow, ctx: { actor: Actor }) => Promise<R> | R;
}

export function consoleReadRoute<S extends z.ZodType, R>(spec: ConsoleReadSpec<S, R>) {
  return async function GET(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
    const { id } = await context.params;
    const row = await findConsoleSession(id);
    return defineReadRoute({
      action: spec.action,
      query: spec.query,
      target: () => (row ? consoleTargetOf(row) : { kind: "ConsoleSession", name: id }),
      audit: spec.audit,
      run: (query, ctx) => (row ? spec.run(query, row, ctx) : Response.json({ error: `no console session ${id}` }, { status: 404 })),
    })(request);
  };
}
