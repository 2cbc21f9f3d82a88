import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { branchSlug } from "@/lib/conventions/branch-environments";
import { getPrisma } from "@/lib/db/client";
import { clustersOf, type Clusters } from "@/lib/kube/clusters";
import { eventually, startTestCluster, type TestCluster } from "@/lib/kube/testing/start-test-cluster";
import { makePerson } from "@/lib/testing/people";
import { createPortalDatabase, type PortalDatabase } from "@/lib/testing/portal-database";
import { collectOrphanConsolePods } from "../housekeeping/collect-orphan-console-pods";
import { expireConsoleRequests } from "../housekeeping/expire-console-requests";
import { pruneConsoleRecordings } from "../housekeeping/prune-console-recordings";
import { ConsoleStream } from "../recording/console-streams";
import { findConsoleSession } from "../store/console-session-rows";
import { startBridgeServer } from "../testing/start-bridge-server";

// The time boxes around a session: a browser that drops its connection resumes where it was
// within the grace period (and the session ends when it does not come back), an idle session is
// warned and ended; and the housekeeping: expired requests, orphaned pods, retention.

const namespace = branchSlug("main");
let database: PortalDatabase;
let cluster: TestCluster;
let clusters: Clusters;
let erin: { id: string; email: string };

beforeAll(async () => {
  database = await createPortalDatabase();
  cluster = await startTestCluster({ seed: "demo", timeScale: 50 });
  await cluster.runtime.whenSettled(15_000);
  clusters = clustersOf([cluster.runtime]);
  erin = await makePerson("erin@pier.test", "engineer");
});
afterAll(async () => {
  await cluster?.stop();
  await database?.drop();
});

const reason = { cluster: "staging", namespace, service: "link", reason: "time boxes" };

describe("a browser that loses its connection", () => {
  it("resumes the same session from the last byte it received, and nothing is shown twice or lost", async () => {
    const pier = await startBridgeServer(clusters, { reconnectSeconds: 3 });
    const browser = await pier.browser(erin.id);
    const { body } = await pier.request(browser, reason);
    const first = await pier.open(body.id, browser);
    first.resize(90, 25);
    await first.waitFor(/irb\(main\):001:0>/, 20_000);
    await first.type("a = 41\r");
    await first.waitFor(/=> 41/);
    first.ws.terminate(); // a network blip: no close handshake
    const before = first.output();
    await new Promise((r) => setTimeout(r, 300));
    const second = await pier.open(body.id, browser, `mode=drive&from=${before.length}`);
    await second.waitFor((m) => m.type === "attached");
    expect(second.messages[0]).toMatchObject({ type: "attached", offset: before.length, reset: false, state: "running" });
    await second.type("a + 1\r");
    await second.waitFor(/=> 42/);
    second.end();
    await second.ended;
    const chunks = await getPrisma().consoleChunk.findMany({ where: { sessionId: body.id, stream: ConsoleStream.stdout }, orderBy: { seq: "asc" } });
    expect(Buffer.concat(chunks.map((c) => Buffer.from(c.data))).equals(Buffer.concat([before, second.output()]))).toBe(true);
    await pier.close();
  });

  it("ends the session when it does not come back within the grace period", async () => {
    const pier = await startBridgeServer(clusters, { reconnectSeconds: 1 });
    const browser = await pier.browser(erin.id);
    const { body } = await pier.request(browser, reason);
    const term = await pier.open(body.id, browser);
    await term.waitFor(/irb\(main\):001:0>/, 20_000);
    term.ws.terminate();
    await eventually(async () => expect(await findConsoleSession(body.id)).toMatchObject({ status: "ended", endReason: "the browser did not reconnect within 1 s" }), 5_000);
    await pier.close();
  });
});

describe("an idle session", () => {
  it("is warned, then ended", async () => {
    const pier = await startBridgeServer(clusters, { idleMinutes: 0.05, idleWarningSeconds: 1.5 });
    const browser = await pier.browser(erin.id);
    const { body } = await pier.request(browser, reason);
    const term = await pier.open(body.id, browser);
    await term.waitFor(/irb\(main\):001:0>/, 20_000);
    await term.waitFor((m) => m.type === "warning" && m.kind === "idle", 5_000);
    expect((await term.ended).reason).toBe("idle for 3 s");
    await pier.close();
  });
});

describe("housekeeping", () => {
  it("deletes console pods whose session is not running", async () => {
    const orphan = `orphan-console-${randomUUID().slice(0, 8)}`;
    await cluster.runtime.connection.send("POST", `/api/v1/namespaces/${namespace}/pods`, {
      metadata: { name: orphan, labels: { "pier.dev/console-session": randomUUID() } },
      spec: { restartPolicy: "Never", containers: [{ name: "app", image: "registry.example.com/learn:1", command: ["sleep", "60"] }] },
    });
    await eventually(() => expect(cluster.runtime.caches.pods.get(namespace, orphan)).toBeDefined());
    expect(await collectOrphanConsolePods(clusters)).toEqual([`staging/${namespace}/${orphan}`]);
  });

  it("expires requests that did not start in time, and prunes recordings past retention", async () => {
    const db = getPrisma();
    const base = { userId: erin.id, userEmail: erin.email, userName: "erin", cluster: "staging", environment: "staging", namespace, service: "learn", workloadKind: "Deployment", container: "learn", podMode: "one-off", command: ["bin/rails", "console"], reason: "old", maxMinutes: 30 };
    const late = await db.consoleSession.create({ data: { ...base, status: "ready", startBy: new Date(Date.now() - 1000) } });
    const old = await db.consoleSession.create({ data: { ...base, status: "ended", endedAt: new Date(Date.now() - 400 * 86_400_000) } });
    await db.consoleChunk.create({ data: { sessionId: old.id, seq: 1, offsetMs: 0, stream: 1, data: Buffer.from("x"), hash: Buffer.alloc(32) } });
    expect(await expireConsoleRequests()).toBeGreaterThanOrEqual(1);
    expect(await findConsoleSession(late.id)).toMatchObject({ status: "expired", endReason: "not started in time" });
    expect(await pruneConsoleRecordings(365)).toBe(1);
    expect(await findConsoleSession(old.id)).toBeNull();
    expect(await db.consoleChunk.count({ where: { sessionId: old.id } })).toBe(0);
  });
});
