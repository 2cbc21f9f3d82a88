import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { branchSlug } from "@/lib/conventions/branch-environments";
import { getPrisma } from "@/lib/db/client";
import { clustersOf } from "@/lib/kube/clusters";
import { eventually, startTestCluster, type TestCluster } from "@/lib/kube/testing/start-test-cluster";
import { makePerson } from "@/lib/testing/people";
import { createPortalDatabase, type PortalDatabase } from "@/lib/testing/portal-database";
import { verifyRecording } from "./read/verify-recording";
import { ConsoleStream } from "./recording/console-streams";
import { findConsoleSession } from "./store/console-session-rows";
import { startBridgeServer, type BridgeServer } from "./testing/start-bridge-server";

// A console end to end against the embedded cluster, whose `bin/rails console` is Debian's irb:
// request, one-off pod, exec through Pier's bridge, recording, end; then the recording replays
// what the terminal showed byte for byte, the pod is gone, and tampering is detected.

const namespace = branchSlug("main");
let database: PortalDatabase;
let cluster: TestCluster;
let pier: BridgeServer;
let erin: { id: string; email: string };
let browser: Record<string, string>;

beforeAll(async () => {
  database = await createPortalDatabase();
  cluster = await startTestCluster({ seed: "demo", timeScale: 50 });
  await cluster.runtime.whenSettled(15_000);
  pier = await startBridgeServer(clustersOf([cluster.runtime]));
  erin = await makePerson("erin@pier.test", "engineer", ["students"]);
  browser = await pier.browser(erin.id);
});
afterAll(async () => {
  await pier?.close();
  await cluster?.stop();
  await database?.drop();
});

const podExists = async (pod: string) => (await cluster.runtime.connection.open(`/api/v1/namespaces/${namespace}/pods/${pod}`)).statusCode !== 404;

describe("a staging console", () => {
  let sessionId: string;
  let shown: Buffer;
  let pod: string;

  it("runs 1 + 1 in irb and shows 2", async () => {
    const requested = await pier.request(browser, { cluster: "staging", namespace, service: "learn", reason: "check the console works" });
    expect(requested.status).toBe(200);
    expect(requested.body).toMatchObject({ status: "ready", podMode: "one-off", container: "learn", command: ["bin/rails", "console"] });
    sessionId = requested.body.id;
    const term = await pier.open(sessionId, browser);
    term.resize(100, 30);
    await term.waitFor((m) => m.type === "running", 20_000);
    await term.waitFor(/irb\(main\):001:0>/);
    await term.type("1 + 1\r");
    await term.waitFor(/=> 2/);
    await term.type("ENV['CONSOLE_USER']\r");
    await term.waitFor(/=> "erin@pier\.test"/);
    term.end();
    const ended = await term.ended;
    expect(ended.reason).toBe(`ended by ${erin.email}`);
    shown = term.output();
    pod = (await findConsoleSession(sessionId))!.pod!;
    expect(pod).toMatch(/^learn-console-/);
  });

  it("recorded every chunk: the output replays byte for byte, stdin has the typed lines", async () => {
    const chunks = await getPrisma().consoleChunk.findMany({ where: { sessionId }, orderBy: { seq: "asc" } });
    const output = Buffer.concat(chunks.filter((c) => c.stream === ConsoleStream.stdout || c.stream === ConsoleStream.stderr).map((c) => Buffer.from(c.data)));
    expect(output.equals(shown)).toBe(true);
    expect(chunks[0]).toMatchObject({ seq: 1, stream: ConsoleStream.resize });
    expect(Buffer.from(chunks[0]!.data).toString()).toBe('{"Width":100,"Height":30}');
    expect(chunks.map((c) => c.seq)).toEqual(chunks.map((_, i) => i + 1));
    const lines = await getPrisma().consoleInputLine.findMany({ where: { sessionId }, orderBy: { lineNo: "asc" } });
    expect(lines.map((l) => l.text)).toEqual(["1 + 1", "ENV['CONSOLE_USER']"]);
    const row = (await findConsoleSession(sessionId))!;
    expect(row).toMatchObject({ status: "ended", chunkCount: chunks.length, finalHash: Buffer.from(chunks.at(-1)!.hash).toString("hex") });
    const audit = await getPrisma().auditRecord.findMany({ where: { targetName: sessionId }, orderBy: { seq: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["console.start", "console.finish"]);
    expect(audit[1]!.after).toMatchObject({ finalHash: row.finalHash, chunks: chunks.length });
    expect(await verifyRecording(row)).toMatchObject({ ok: true, problems: [] });
  });

  it("deleted the one-off pod", async () => {
    await eventually(async () => expect(await podExists(pod)).toBe(false), 10_000);
  });

  it("refuses to change a chunk, and verification finds one changed behind the trigger's back", async () => {
    const db = getPrisma();
    await expect(db.$executeRawUnsafe("UPDATE console_chunks SET data = 'x' WHERE session_id = $1::uuid AND seq = 2", sessionId)).rejects.toThrow(/append-only/);
    await db.$transaction([
      db.$executeRawUnsafe("SET LOCAL session_replication_role = replica"),
      db.$executeRawUnsafe("UPDATE console_chunks SET data = convert_to('=> 3', 'UTF8') WHERE session_id = $1::uuid AND seq = (SELECT max(seq) - 3 FROM console_chunks WHERE session_id = $1::uuid)", sessionId),
    ]);
    const result = await verifyRecording((await findConsoleSession(sessionId))!);
    expect(result.ok).toBe(false);
    expect(result.problems[0]).toMatch(/^chunk \d+ does not match its hash/);
    await db.$executeRawUnsafe("DELETE FROM console_chunks WHERE session_id = $1::uuid AND seq = 5", sessionId);
    const after = await verifyRecording((await findConsoleSession(sessionId))!);
    expect(after.problems).toContain("chunk 5 is missing (next stored: 6)");
  });

  it("refuses a second start, and a socket from another origin", async () => {
    const again = await pier.open(sessionId, browser);
    expect((await again.ended).reason).toBe(`ended by ${erin.email}`);
    await expect(pier.open(sessionId, { ...browser, origin: "https://evil.example" })).rejects.toMatchObject({ status: 403 });
    const denied = await getPrisma().auditRecord.findFirstOrThrow({ where: { outcome: "denied", targetName: sessionId } });
    expect(denied).toMatchObject({ action: "console.open", detail: "cross-site WebSocket refused (Origin https://evil.example)" });
  });
});
