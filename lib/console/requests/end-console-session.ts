import "server-only";
import type { DoorSpec } from "@/lib/audit/door/pass-through-door";
import { getPrisma } from "@/lib/db/client";
import { liveConsoles } from "../live/live-consoles";
import { toConsoleSessionDto } from "../store/console-session-view";
import type { ConsoleSessionDto } from "../types";
import { endConsoleInput } from "./console-inputs";
import { consoleSessionTarget, loadConsoleSession } from "./console-session-target";

// POST /api/consoles/<id>/end: the owner (or an SRE) ends a running session, or withdraws a
// request that has not started. A session running in another Pier process is marked ended
// here; that process sees it at its next heartbeat and stops, and its pod is collected.

export const endConsoleSpec: DoorSpec<typeof endConsoleInput, ConsoleSessionDto> = {
  action: "console.end",
  input: endConsoleInput,
  target: consoleSessionTarget,
  run: async (input, ctx) => {
    const before = await loadConsoleSession(input.id);
    const reason = `ended by ${ctx.actor!.email}`;
    const live = liveConsoles().get(input.id);
    if (live) await live.end(reason);
    else if (["pending", "ready", "running"].includes(before.status)) {
      await getPrisma().consoleSession.updateMany({
        where: { id: input.id, status: { in: ["pending", "ready", "running"] } },
        data: { status: before.status === "running" ? "ended" : "expired", endedAt: new Date(), endReason: before.status === "running" ? reason : `withdrawn: ${reason}` },
      });
    }
    const after = await loadConsoleSession(input.id);
    ctx.change({ status: before.status }, { status: after.status, endReason: after.endReason });
    return toConsoleSessionDto(after);
  },
};
