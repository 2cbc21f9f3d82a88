import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { branchSlug } from "@/lib/conventions/branch-environments";
import { getPrisma } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrate/apply-migrations";
import { env } from "@/lib/env";
import { clustersOf } from "@/lib/kube/clusters";
import { startTestCluster, type TestCluster } from "@/lib/kube/testing/start-test-cluster";
import { makePerson } from "@/lib/testing/people";
import { openExecSocket } from "./exec/open-exec-socket";
import { collectLostSessions } from "./housekeeping/collect-lost-sessions";
import { verifyRecording } from "./read/verify-recording";
import { findConsoleSession } from "./store/console-session-rows";
import { startBridgeServer, type BridgeServer } from "./testing/start-bridge-server";
import { startKillableDatabase, type KillableDatabase } from "./testing/start-killable-database";

// Recording fails closed: the database is killed (kill -9 of the process serving it) in the
// middle of a session. The session ends within a second with a message, and a line typed after
// the kill never reaches the console: the file it would write is not in the pod. Once the
// database is back, the session is closed from what it holds, which verifies.

const namespace = branchSlug("main");
let dataDir: string;
let database: KillableDatabase;
let cluster: TestCluster;
let pier: BridgeServer;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), "pier-console-db-"));
  database = await startKillableDatabase(dataDir);
  await applyMigrations(database.url);
  (env as { DATABASE_URL?: string }).DATABASE_URL = database.url;
  cluster = await startTestCluster({ seed: "demo", timeScale: 50 });
  await cluster.runtime.whenSettled(15_000);
  pier = await startBridgeServer(clustersOf([cluster.runtime]));
});
afterAll(async () => {
  await pier?.close();
  await cluster?.stop();
  await getPrisma().$disconnect();
  database?.kill();
  await database?.exited;
  rmSync(dataDir, { recursive: true, force: true });
});

/** Lists the pod's working directory (the exec scratch directory irb writes to) directly, not through Pier. */
async function listPodFiles(pod: string): Promise<string> {
  const exec = await openExecSocket(cluster.runtime.connection, { namespace, pod, container: "learn", command: ["ls"] });
  let out = "";
  exec.onFrame((channel, data) => channel === 1 && (out += data.toString()));
  await new Promise<void>((resolve) => exec.onClose(() => resolve()));
  return out;
}

describe("when the database dies mid-session", () => {
  it("ends the session within a second, and nothing typed after reaches the pod", async () => {
    const erin = await makePerson("erin@pier.test", "engineer");
    const browser = await pier.browser(erin.id);
    const pod = cluster.runtime.caches.pods.list(namespace).find((p) => p.name.startsWith("learn-") && p.phase === "Running")!.name;
    const requested = await pier.request(browser, { cluster: "staging", namespace, service: "learn", pod, reason: "prove recording fails closed" });
    expect(requested.body).toMatchObject({ status: "ready", podMode: "existing", pod });
    const term = await pier.open(requested.body.id, browser);
    term.resize(100, 30);
    await term.waitFor(/irb\(main\):001:0>/, 20_000);
    await term.type('File.write("before-failure.txt", "recorded")\r');
    await term.waitFor(/=> 8/);

    const killedAt = Date.now();
    database.kill();
    term.send('File.write("after-failure.txt", "leaked")\r');
    const ended = await term.ended;
    expect(Date.now() - killedAt).toBeLessThan(1_000);
    expect(ended).toMatchObject({ recordingFailed: true });
    expect(ended.reason).toMatch(/^recording failed: .*; the session was ended because it could not be recorded$/);

    const files = await listPodFiles(pod);
    expect(files).toContain("before-failure.txt");
    expect(files).not.toContain("after-failure.txt");

    await database.exited;
    database = await startKillableDatabase(dataDir);
    (env as { DATABASE_URL?: string }).DATABASE_URL = database.url;
    const lost = await collectLostSessions(30, new Date(Date.now() + 10 * 60_000));
    expect(lost).toEqual([requested.body.id]);
    const row = (await findConsoleSession(requested.body.id))!;
    expect(row.status).toBe("ended");
    const lines = await getPrisma().consoleInputLine.findMany({ where: { sessionId: row.id }, orderBy: { lineNo: "asc" } });
    expect(lines.map((l) => l.text)).toEqual(['File.write("before-failure.txt", "recorded")']);
    expect(await verifyRecording(row)).toMatchObject({ ok: true });
  });
});
