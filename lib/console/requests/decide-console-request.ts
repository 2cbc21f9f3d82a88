import "server-only";
import { ConflictError } from "@/lib/audit/door/door-errors";
import type { DoorContext, DoorSpec } from "@/lib/audit/door/pass-through-door";
import { getPrisma } from "@/lib/db/client";
import { consoleSettings } from "../console-settings";
import { toConsoleSessionDto } from "../store/console-session-view";
import type { ConsoleSessionDto } from "../types";
import { approveConsoleInput, denyConsoleInput } from "./console-inputs";
import { consoleSessionTarget, loadConsoleSession } from "./console-session-target";

// POST /api/consoles/<id>/approve and /deny: an SRE other than the requester decides a pending
// production request ("console.approve"). An approval is time-boxed: the session must start
// within PIER_CONSOLE_APPROVAL_MINUTES, and runs at most the minutes granted.

async function decide(id: string, ctx: DoorContext, data: { status: "ready" | "denied"; note?: string; startBy?: Date; maxMinutes?: number }): Promise<ConsoleSessionDto> {
  const before = await loadConsoleSession(id);
  const actor = ctx.actor!;
  const { count } = await getPrisma().consoleSession.updateMany({
    where: { id, status: "pending" },
    data: {
      status: data.status, decidedAt: new Date(), decidedById: actor.userId, decidedByName: actor.name, decidedByEmail: actor.email,
      decisionNote: data.note ?? null, startBy: data.startBy, maxMinutes: data.maxMinutes,
    },
  });
  if (count !== 1) throw new ConflictError(`the request is no longer waiting for a decision (it is ${before.status})`);
  const after = await loadConsoleSession(id);
  ctx.change({ status: before.status }, { status: after.status, note: after.decisionNote, startBy: after.startBy, maxMinutes: after.maxMinutes });
  return toConsoleSessionDto(after);
}

export const approveConsoleSpec: DoorSpec<typeof approveConsoleInput, ConsoleSessionDto> = {
  action: "console.approve",
  input: approveConsoleInput,
  target: consoleSessionTarget,
  run: async (input, ctx) => {
    const settings = consoleSettings();
    const requested = (await loadConsoleSession(input.id)).maxMinutes;
    return decide(input.id, ctx, {
      status: "ready",
      note: input.note,
      startBy: new Date(Date.now() + settings.approvalMinutes * 60_000),
      maxMinutes: Math.min(input.durationMinutes ?? requested, requested, settings.maxMinutes),
    });
  },
};

export const denyConsoleSpec: DoorSpec<typeof denyConsoleInput, ConsoleSessionDto> = {
  action: "console.approve",
  event: "console.deny",
  input: denyConsoleInput,
  target: consoleSessionTarget,
  run: (input, ctx) => decide(input.id, ctx, { status: "denied", note: input.note }),
};
