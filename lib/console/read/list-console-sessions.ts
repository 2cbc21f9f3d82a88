import "server-only";
import { appendAuditRecord } from "@/lib/audit/append-audit-record";
import type { RequestInfo } from "@/lib/audit/door/request-info";
import { auditActorOf, subjectOf, type Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/can";
import { getPrisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { toConsoleSessionDto } from "../store/console-session-view";
import type { ConsoleSessionListDto } from "../types";
import type { ConsoleListFilters } from "./console-list-filters";
import { searchInputLines } from "./search-input-lines";

// The sessions a person may see, newest first, filtered: their own; SREs also every request
// waiting for a decision and every running session (to approve or watch); auditors and admins
// everything ("recording.read" of someone else's). Searching narrows to sessions whose typed
// lines match, and answers those lines: typed lines are the recording, so only lines of sessions
// whose recording this person may read are searched (an SRE sees others' running sessions to
// watch them, not what was typed in them). A search shows typed lines, so like a replay it is
// audited ("recording.search", with the query and the sessions whose lines it showed).

const SOMEONE_ELSE = "00000000-0000-4000-8000-000000000000";

function visibleTo(actor: Actor): Prisma.ConsoleSessionWhereInput {
  const subject = subjectOf(actor);
  if (can(subject, "recording.read", { ownerId: SOMEONE_ELSE }).allowed) return {};
  const scopes: Prisma.ConsoleSessionWhereInput[] = [{ userId: actor.userId }];
  if (can(subject, "console.approve", { environment: "production", requesterId: SOMEONE_ELSE }).allowed) scopes.push({ status: "pending" });
  if (can(subject, "console.watch", { ownerId: SOMEONE_ELSE }).allowed) scopes.push({ status: "running" });
  return { OR: scopes };
}

/** What the list offers this person: everyone's sessions (auditors, admins), and requests to decide (SREs). */
export function consoleListAbilities(actor: Actor): { seesAll: boolean; decides: boolean } {
  const subject = subjectOf(actor);
  return {
    seesAll: can(subject, "recording.read", { ownerId: SOMEONE_ELSE }).allowed,
    decides: can(subject, "console.approve", { environment: "production", requesterId: SOMEONE_ELSE }).allowed,
  };
}

/** A search (`q`) is audited, so it needs the request it came in on. */
export async function listConsoleSessions(actor: Actor, filters: ConsoleListFilters & { q?: undefined }): Promise<ConsoleSessionListDto>;
export async function listConsoleSessions(actor: Actor, filters: ConsoleListFilters, request: RequestInfo): Promise<ConsoleSessionListDto>;
export async function listConsoleSessions(actor: Actor, filters: ConsoleListFilters, request?: RequestInfo): Promise<ConsoleSessionListDto> {
  const { seesAll } = consoleListAbilities(actor);
  const matches = filters.q ? await searchInputLines(filters.q, { ownerId: seesAll ? undefined : actor.userId }) : [];
  const where: Prisma.ConsoleSessionWhereInput = {
    AND: [
      visibleTo(actor),
      filters.person ? { userEmail: { equals: filters.person, mode: "insensitive" } } : {},
      filters.service ? { service: filters.service } : {},
      filters.production ? { environment: "production" } : {},
      filters.review ? { review: filters.review, status: { in: ["ended", "failed"] } } : {},
      filters.status ? { status: filters.status } : {},
      filters.cursor ? { requestedAt: { lt: new Date(filters.cursor) } } : {},
      filters.q ? { id: { in: [...new Set(matches.map((m) => m.sessionId))] } } : {},
    ],
  };
  const rows = await getPrisma().consoleSession.findMany({ where, orderBy: [{ requestedAt: "desc" }, { id: "desc" }], take: filters.limit + 1 });
  const page = rows.slice(0, filters.limit);
  const shown = new Set(page.map((r) => r.id));
  const byId: ConsoleSessionListDto["matches"] = {};
  for (const m of matches) if (shown.has(m.sessionId)) (byId[m.sessionId] ??= []).push({ lineNo: m.lineNo, offsetMs: m.offsetMs, text: m.text });
  if (filters.q) {
    if (!request) throw new Error("a search over typed lines is audited: pass the request");
    await appendAuditRecord({
      actor: auditActorOf(actor),
      action: "recording.search",
      target: { kind: "ConsoleSession" },
      after: { q: filters.q, sessions: Object.keys(byId) },
      requestId: request.requestId,
      sourceIp: request.sourceIp,
      outcome: "allowed",
    });
  }
  return { sessions: page.map(toConsoleSessionDto), nextCursor: rows.length > filters.limit ? page.at(-1)!.requestedAt.toISOString() : null, matches: byId };
}
