import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import type { Role } from "@/lib/auth/rules";
import { getPrisma } from "@/lib/db/client";
import { makePerson } from "@/lib/testing/people";
import { createPortalDatabase, type PortalDatabase } from "@/lib/testing/portal-database";
import { consoleListFilters } from "./console-list-filters";
import { listConsoleSessions } from "./list-console-sessions";
import { searchInputLines } from "./search-input-lines";

// Searching what people typed: typed lines are the recording, so a search reads only sessions
// whose recording the searcher may read (an SRE sees others' running sessions, to watch them,
// but not their lines), and every search is audited like a replay.

let database: PortalDatabase;
const actors: Record<string, Actor> = {};
const sessions: Record<string, string> = {};
const request = { requestId: "search-test", sourceIp: "10.1.2.3", userAgent: null };

async function makeActor(name: string, role: Role): Promise<Actor> {
  const person = await makePerson(`${name}@pier.test`, role);
  return { kind: "person", userId: person.id, email: person.email, name, role, teams: [], tokenId: null };
}

async function makeSession(owner: Actor, status: "running" | "ended", lines: string[]): Promise<string> {
  const row = await getPrisma().consoleSession.create({
    data: {
      userId: owner.userId, userEmail: owner.email, userName: owner.name, cluster: "production", environment: "production", namespace: "production",
      service: "learn", workloadKind: "Deployment", container: "learn", podMode: "one-off", command: ["rails", "console"], reason: "test", status, maxMinutes: 30,
    },
  });
  for (const [lineNo, text] of lines.entries()) {
    await getPrisma().$executeRawUnsafe(
      "INSERT INTO console_input_lines (session_id, line_no, offset_ms, text, search) VALUES ($1::uuid, $2, 0, $3, to_tsvector('simple', regexp_replace($3, '[^[:alnum:]]+', ' ', 'g')))",
      row.id,
      lineNo + 1,
      text,
    );
  }
  return row.id;
}

beforeAll(async () => {
  database = await createPortalDatabase();
  for (const [name, role] of [["erin", "engineer"], ["bob", "engineer"], ["sam", "sre"], ["ada", "auditor"]] as const) actors[name] = await makeActor(name, role);
  sessions.bobRunning = await makeSession(actors.bob!, "running", ["User.find_by(email: 'ceo@example.com').destroy", "Order.count"]);
  sessions.erinEnded = await makeSession(actors.erin!, "ended", ["Order.where(id: 42).destroy_all"]);
});
afterAll(async () => database?.drop());

const search = (who: string, q: string) => listConsoleSessions(actors[who]!, consoleListFilters.parse({ q }), request);

describe("searching typed lines", () => {
  it("does not show an SRE the lines of someone else's running session, though the SRE may watch it", async () => {
    const listed = await listConsoleSessions(actors.sam!, consoleListFilters.parse({}), request);
    expect(listed.sessions.map((s) => s.id)).toContain(sessions.bobRunning);
    const found = await search("sam", "destroy");
    expect(found.sessions).toEqual([]);
    expect(found.matches).toEqual({});
  });

  it("shows an engineer only their own lines", async () => {
    const found = await search("erin", "destroy");
    expect(found.sessions.map((s) => s.id)).toEqual([sessions.erinEnded]);
    expect(Object.keys(found.matches)).toEqual([sessions.erinEnded]);
    expect((await search("bob", "destroy_all")).sessions).toEqual([]);
  });

  it("shows auditors every session's lines", async () => {
    const found = await search("ada", "destroy");
    expect(new Set(found.sessions.map((s) => s.id))).toEqual(new Set([sessions.bobRunning, sessions.erinEnded]));
    expect(found.matches[sessions.bobRunning!]).toEqual([expect.objectContaining({ lineNo: 1, text: "User.find_by(email: 'ceo@example.com').destroy" })]);
  });

  it("keeps a person's own matches under the limit, whatever others typed", async () => {
    expect(await searchInputLines("destroy", { ownerId: actors.erin!.userId, limit: 1 })).toEqual([expect.objectContaining({ sessionId: sessions.erinEnded })]);
  });

  it("audits each search with its query and the sessions whose lines it showed", async () => {
    await search("ada", "Order.count");
    const record = await getPrisma().auditRecord.findFirstOrThrow({ where: { action: "recording.search", actorDisplay: "ada@pier.test" }, orderBy: { seq: "desc" } });
    expect(record).toMatchObject({ outcome: "allowed", targetKind: "ConsoleSession", requestId: "search-test", sourceIp: "10.1.2.3" });
    expect(record.after).toEqual({ q: "Order.count", sessions: [sessions.bobRunning] });
  });
});
