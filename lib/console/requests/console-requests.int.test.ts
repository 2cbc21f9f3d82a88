import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { GET as getRecording } from "@/app/api/consoles/[id]/recording/route";
import { defineRoute } from "@/lib/audit/door/define-route";
import type { DoorSpec } from "@/lib/audit/door/pass-through-door";
import { getPrisma } from "@/lib/db/client";
import { clustersOf } from "@/lib/kube/clusters";
import { startTestCluster, type TestCluster } from "@/lib/kube/testing/start-test-cluster";
import { makePerson } from "@/lib/testing/people";
import { createPortalDatabase, type PortalDatabase } from "@/lib/testing/portal-database";
import { listConsoleSessions } from "../read/list-console-sessions";
import { consoleListFilters } from "../read/console-list-filters";
import { startBridgeServer, type BridgeServer } from "../testing/start-bridge-server";
import type { ConsoleRecordingDto } from "../types";
import { approveConsoleSpec, denyConsoleSpec } from "./decide-console-request";
import { reviewConsoleSpec } from "./review-console-session";

// Production consoles through the door: a request waits for an SRE who is not the requester,
// approval is time-boxed, a denial is final, another SRE may watch read-only, only roles that
// may run any command choose one; afterwards auditors review, and recordings stay private.

let database: PortalDatabase;
let cluster: TestCluster;
let pier: BridgeServer;
const people: Record<string, { id: string; email: string; headers: Record<string, string> }> = {};
const target = { cluster: "production", namespace: "production", service: "learn" };

beforeAll(async () => {
  database = await createPortalDatabase();
  cluster = await startTestCluster({ name: "production", environment: "production", seed: "production", timeScale: 50 });
  await cluster.runtime.whenSettled(15_000);
  pier = await startBridgeServer(clustersOf([cluster.runtime]));
  for (const [name, role] of [["erin", "engineer"], ["bob", "engineer"], ["sam", "sre"], ["sue", "sre"], ["ada", "auditor"]] as const) {
    const person = await makePerson(`${name}@pier.test`, role);
    people[name] = { ...person, headers: await pier.browser(person.id) };
  }
});
afterAll(async () => {
  await pier?.close();
  await cluster?.stop();
  await database?.drop();
});

async function call<S extends z.ZodType, R>(spec: DoorSpec<S, R>, who: string, id: string, body: Record<string, unknown> = {}) {
  const res = await defineRoute(spec)(new Request(`${pier.origin}/api/consoles/${id}/x`, { method: "POST", headers: { ...people[who]!.headers, "content-type": "application/json" }, body: JSON.stringify(body) }), { params: Promise.resolve({ id }) });
  return { status: res.status, body: await res.json() };
}

describe("a production console", () => {
  let id: string;

  it("waits for an SRE who is not the requester, and cannot be opened meanwhile", async () => {
    const requested = await pier.request(people.erin!.headers, { ...target, reason: "refund order 4411", ticketUrl: "https://tracker.example.com/OPS-1", durationMinutes: 20 });
    expect(requested.body).toMatchObject({ status: "pending", environment: "production", maxMinutes: 20, startBy: null });
    id = requested.body.id;
    await expect(pier.open(id, people.erin!.headers)).rejects.toMatchObject({ status: 403, body: expect.stringContaining("in production with an approved request") });
    expect((await call(approveConsoleSpec, "erin", id)).status).toBe(403);
    const own = await pier.request(people.sam!.headers, { ...target, reason: "my own request" });
    expect((await call(approveConsoleSpec, "sam", own.body.id)).body.error).toMatch(/requested by someone else/);
  });

  it("is approved, time-boxed, once", async () => {
    const approved = await call(approveConsoleSpec, "sam", id, { durationMinutes: 15, note: "read only please" });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ status: "ready", maxMinutes: 15, decision: { by: { email: "sam@pier.test" }, note: "read only please" } });
    expect(new Date(approved.body.startBy).getTime() - Date.now()).toBeGreaterThan(29 * 60_000);
    expect((await call(approveConsoleSpec, "sue", id)).status).toBe(409);
    const record = await getPrisma().auditRecord.findFirstOrThrow({ where: { action: "console.approve", outcome: "succeeded" }, orderBy: { seq: "desc" } });
    expect(record).toMatchObject({ actorDisplay: "sam@pier.test", outcome: "succeeded", targetName: id });
  });

  it("then runs; an SRE watches read-only, and the watcher's keys go nowhere", async () => {
    const term = await pier.open(id, people.erin!.headers);
    term.resize(100, 30);
    await term.waitFor(/irb\(main\):001:0>/, 20_000);
    const watcher = await pier.open(id, people.sue!.headers, "mode=watch&from=0");
    await watcher.waitFor(/irb\(main\):001:0>/);
    expect(watcher.messages).toContainEqual({ type: "size", cols: 100, rows: 30 });
    watcher.send("exit\r");
    await term.type("40 + 2\r");
    await watcher.waitFor(/=> 42/);
    await expect(pier.open(id, people.bob!.headers, "mode=watch&from=0")).rejects.toMatchObject({ status: 403 });
    term.end();
    await term.ended;
    const lines = await getPrisma().consoleInputLine.findMany({ where: { sessionId: id } });
    expect(lines.map((l) => l.text)).toEqual(["40 + 2"]);
    expect(await getPrisma().auditRecord.count({ where: { action: "console.watch", targetName: id, outcome: "allowed" } })).toBe(1);
  });

  it("denied requests stay closed", async () => {
    const requested = await pier.request(people.erin!.headers, { ...target, reason: "poke at the database" });
    expect((await call(denyConsoleSpec, "sam", requested.body.id, {})).status).toBe(422);
    expect((await call(denyConsoleSpec, "sam", requested.body.id, { note: "use the admin page" })).body).toMatchObject({ status: "denied" });
    await expect(pier.open(requested.body.id, people.erin!.headers)).rejects.toMatchObject({ status: 403 });
  });

  it("lets only roles allowed to run any command choose one", async () => {
    const refused = await pier.request(people.erin!.headers, { ...target, reason: "need a shell", command: "sh" });
    expect(refused.status).toBe(403);
    expect(refused.body.error).toMatch(/may not run any command/);
    const allowed = await pier.request(people.sam!.headers, { ...target, reason: "need a shell", command: "sh -c 'echo hi'" });
    expect(allowed.body).toMatchObject({ status: "pending", command: ["sh", "-c", "echo hi"] });
  });

  it("is reviewed by auditors, not by its owner; a flag needs a note", async () => {
    expect((await call(reviewConsoleSpec, "erin", id, { verdict: "approved" })).status).toBe(403);
    expect((await call(reviewConsoleSpec, "ada", id, { verdict: "flagged" })).body.fields).toHaveProperty("note");
    expect((await call(reviewConsoleSpec, "ada", id, { verdict: "flagged", note: "looked at billing data" })).body).toMatchObject({ review: { status: "flagged", by: "ada", note: "looked at billing data" } });
    const queue = await listConsoleSessions({ kind: "person", userId: people.ada!.id, email: "ada@pier.test", name: "ada", role: "auditor", teams: [], tokenId: null }, consoleListFilters.parse({ review: "flagged", q: "40 + 2" }), { requestId: "review-queue", sourceIp: null, userAgent: null });
    expect(queue.sessions.map((s) => s.id)).toEqual([id]);
    expect(queue.matches[id]).toEqual([expect.objectContaining({ text: "40 + 2" })]);
  });

  it("shows a recording to its owner and auditors only; every view and refusal is audited", async () => {
    const read = (who: string) => getRecording(new Request(`${pier.origin}/api/consoles/${id}/recording`, { headers: people[who]!.headers }), { params: Promise.resolve({ id }) });
    const refused = await read("bob");
    expect(refused.status).toBe(403);
    expect(await getPrisma().auditRecord.findFirst({ where: { action: "recording.read", outcome: "denied", actorDisplay: "bob@pier.test", targetName: id } })).not.toBeNull();
    const shown = await read("ada");
    const recording = (await shown.json()) as ConsoleRecordingDto;
    expect(recording.verification).toMatchObject({ ok: true });
    expect(Buffer.concat(recording.chunks.filter((c) => c.stream === 1).map((c) => Buffer.from(c.data, "base64"))).toString()).toContain("42");
    expect(await getPrisma().auditRecord.count({ where: { action: "recording.view", outcome: "allowed", actorDisplay: "ada@pier.test", targetName: id } })).toBe(1);
    expect((await read("erin")).status).toBe(200);
  });
});
