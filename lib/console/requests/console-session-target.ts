import "server-only";
import type { Target } from "@/lib/auth/rules";
import { NotFoundError } from "@/lib/audit/door/door-errors";
import { consoleTargetOf, findConsoleSession, type ConsoleSessionRow } from "../store/console-session-rows";

// The door's `target` for routes acting on one session: its row, or 404.

export async function loadConsoleSession(id: string): Promise<ConsoleSessionRow> {
  const row = await findConsoleSession(id);
  if (!row) throw new NotFoundError(`no console session ${id}`);
  return row;
}

export async function consoleSessionTarget(input: { id: string }): Promise<Target> {
  return consoleTargetOf(await loadConsoleSession(input.id));
}
