import "server-only";
import { notFound } from "next/navigation";
import { subjectOf, type Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/can";
import { requireCan, requireUser } from "@/lib/auth/current-user";
import { consoleTargetOf, findConsoleSession, type ConsoleSessionRow } from "../store/console-session-rows";
import type { ConsolePermissions } from "../types";

// The guard of a session's page: who may see it at all (the owner, auditors and admins; SREs
// until it ends, to decide it and watch it) and what each may do there. Anyone else gets the
// 403 page, and the refusal is audited (requireCan). `drive` says the owner may type once the
// session may start (production: once approved): the page shows the terminal from then on.

export async function requireConsoleSession(id: string): Promise<{ actor: Actor; row: ConsoleSessionRow; permissions: ConsolePermissions }> {
  const actor = await requireUser();
  const row = await findConsoleSession(id);
  if (!row) notFound();
  const subject = subjectOf(actor);
  const target = consoleTargetOf(row);
  const permissions: ConsolePermissions = {
    drive: row.userId === actor.userId && can(subject, "console.open", { ...target, approved: true }).allowed,
    approve: row.status === "pending" && can(subject, "console.approve", target).allowed,
    watch: row.userId !== actor.userId && can(subject, "console.watch", target).allowed,
    read: can(subject, "recording.read", target).allowed,
    end: can(subject, "console.end", target).allowed,
    review: can(subject, "recording.review", target).allowed,
  };
  const live = ["pending", "ready", "running"].includes(row.status);
  if (!permissions.read && !permissions.approve && !(permissions.watch && live)) await requireCan("recording.read", target);
  return { actor, row, permissions };
}
