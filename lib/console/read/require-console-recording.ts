import "server-only";
import { notFound } from "next/navigation";
import { subjectOf, type Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/can";
import { requireCan, requireUser } from "@/lib/auth/current-user";
import { consoleTargetOf, findConsoleSession, type ConsoleSessionRow } from "../store/console-session-rows";

// The guard of a replay page: "recording.read" of this session (its owner, auditors, admins).
// A refusal is the 403 page and a "denied" audit record; the recording itself is fetched (and
// its view audited) by the player through GET /api/consoles/<id>/recording.

export async function requireConsoleRecording(id: string): Promise<{ actor: Actor; row: ConsoleSessionRow; canReview: boolean }> {
  await requireUser();
  const row = await findConsoleSession(id);
  if (!row) notFound();
  const target = consoleTargetOf(row);
  const actor = await requireCan("recording.read", target);
  return { actor, row, canReview: can(subjectOf(actor), "recording.review", target).allowed };
}
