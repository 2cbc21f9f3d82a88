import "server-only";
import { ConflictError } from "@/lib/audit/door/door-errors";
import type { DoorSpec } from "@/lib/audit/door/pass-through-door";
import { getPrisma } from "@/lib/db/client";
import { toConsoleSessionDto } from "../store/console-session-view";
import type { ConsoleSessionDto } from "../types";
import { reviewConsoleInput } from "./console-inputs";
import { consoleSessionTarget, loadConsoleSession } from "./console-session-target";

// POST /api/consoles/<id>/review: an auditor marks a finished session approved or flagged, with
// notes (audits1984's review). Never one's own session ("recording.review").

export const reviewConsoleSpec: DoorSpec<typeof reviewConsoleInput, ConsoleSessionDto> = {
  action: "recording.review",
  input: reviewConsoleInput,
  target: consoleSessionTarget,
  run: async (input, ctx) => {
    const before = await loadConsoleSession(input.id);
    if (before.status !== "ended" && before.status !== "failed") throw new ConflictError(`only finished sessions are reviewed; this one is ${before.status}`);
    const actor = ctx.actor!;
    const after = await getPrisma().consoleSession.update({
      where: { id: input.id },
      data: { review: input.verdict, reviewNote: input.note ?? null, reviewedAt: new Date(), reviewedById: actor.userId, reviewedByName: actor.name },
    });
    ctx.change({ review: before.review, note: before.reviewNote }, { review: after.review, note: after.reviewNote });
    return toConsoleSessionDto(after);
  },
};
