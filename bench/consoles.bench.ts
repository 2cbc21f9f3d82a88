// Audited consoles: keystroke echo round trips through Pier (browser socket -> bridge ->
// recorder -> exec, and back, every byte recorded in PostgreSQL before it is forwarded) against
// a direct exec to the same pod and command, p50/p95, with the bridge's own cost (storing
// nothing) and the commit latency beside them; and the recording throughput of a session
// printing 50 MB, verified lossless (byte count and SHA-256 of what the browser got against
// what is stored, and the recording's hash chain). The embedded cluster runs as a child process.
// Needs `tsx --conditions=react-server` (bench/run.ts passes it); uses DATABASE_URL when set.
import { createHash } from "node:crypto";
import { openExecSocket } from "@/lib/console/exec/open-exec-socket";
import { consoleExecArgv, parseCommandLine } from "@/lib/console/console-command";
import { verifyRecording } from "@/lib/console/read/verify-recording";
import { findConsoleSession } from "@/lib/console/store/console-session-rows";
import { writeConsoleChunks } from "@/lib/console/recording/write-console-chunks";
import { startBridgeServer, type BridgeServer } from "@/lib/console/testing/start-bridge-server";
import { getPrisma } from "@/lib/db/client";
import { ClusterRuntime } from "@/lib/kube/cluster-runtime";
import { clustersOf } from "@/lib/kube/clusters";
import { makePerson } from "@/lib/testing/people";
import { createPortalDatabase } from "@/lib/testing/portal-database";
import { benchDir, runBench, startSimProcess } from "./bench-process";
import { percentile } from "./measure";

const KEYS = Number(process.env.CONSOLE_BENCH_KEYS ?? 400);
const BYTES = 50 * 2 ** 20;
const NAMESPACE = "main-0d6e4079";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const ms = (n: number) => `${n.toFixed(2)} ms`;

/** A side of the comparison: takes a key; tells of output. */
interface Echoer {
  send(key: string): void;
  onOutput(listener: () => void): void;
}

/** Sends a key and resolves at the first output after it. */
function keyTimer(echoer: Echoer): (key: string) => Promise<void> {
  let waiting: (() => void) | null = null;
  echoer.onOutput(() => waiting && (waiting(), (waiting = null)));
  return (key) => new Promise<void>((resolve) => ((waiting = resolve), echoer.send(key)));
}

/** Times `KEYS / rounds` keys on each side per round, alternating the order so drift hits all alike. */
type Side = "direct" | "bare" | "pier";

async function echoRoundTrips(sides: Record<Side, Echoer>, rounds = 8): Promise<Record<Side, number[]>> {
  const times: Record<Side, number[]> = { direct: [], bare: [], pier: [] };
  const press = { direct: keyTimer(sides.direct), bare: keyTimer(sides.bare), pier: keyTimer(sides.pier) };
  const orders: Side[][] = [["direct", "bare", "pier"], ["pier", "bare", "direct"]];
  for (let round = 0; round < rounds; round++) {
    for (const side of orders[round % 2]!) {
      for (let i = 0; i < KEYS / rounds; i++) {
        const started = performance.now();
        await press[side]("a");
        times[side].push(performance.now() - started);
        await sleep(8); // let irb finish redrawing the line
        if (i % 20 === 19) {
          sides[side].send("\x15"); // Ctrl-U: keep the line short
          await sleep(40);
        }
      }
    }
  }
  for (const list of Object.values(times)) list.sort((a, b) => a - b);
  return times;
}

/** Commit latency of one recording write, back to back and with the pauses typing leaves between keys. */
async function commitLatency(sessionId: string): Promise<Record<"busy" | "paced", number[]>> {
  const out = { busy: [] as number[], paced: [] as number[] };
  let seq = 1_000_000;
  for (const mode of ["busy", "paced"] as const) {
    for (let i = 0; i < 200; i++) {
      const started = performance.now();
      await writeConsoleChunks({ sessionId, chunks: [{ seq: seq++, offsetMs: 0, stream: 0, data: Buffer.from("a"), hash: Buffer.alloc(32), lines: [] }] });
      out[mode].push(performance.now() - started);
      if (mode === "paced") await sleep(8);
    }
    out[mode].sort((a, b) => a - b);
  }
  return out;
}

/** An irb console through a bridge, ready at its prompt. */
async function irbThrough(pier: BridgeServer, browser: Record<string, string>, pod: string, reason: string) {
  const { body } = await pier.request(browser, { cluster: "staging", namespace: NAMESPACE, service: "learn", pod, reason });
  const term = await pier.open(body.id, browser);
  term.resize(120, 40);
  await term.waitFor(/irb\(main\):001:0>/, 30_000);
  return { id: body.id, term, echoer: { send: (key: string) => term.send(key), onOutput: (listener: () => void) => void term.ws.on("message", (_d, binary) => binary && listener()) } satisfies Echoer };
}

async function main(): Promise<void> {
  const sim = await startSimProcess(benchDir("pier-console-bench-"), { name: "staging", seed: "demo", timeScale: 20 });
  const database = await createPortalDatabase(process.env.DATABASE_URL);
  const runtime = new ClusterRuntime({ name: "staging", environment: "staging", kubeconfig: sim.kubeconfig, inCluster: false }).start();
  await runtime.whenSettled(20_000);
  const clusters = clustersOf([runtime]);
  const pier = await startBridgeServer(clusters);
  const unrecorded = await startBridgeServer(clusters, {}, async () => {});
  try {
    const sam = await makePerson("sam@pier.test", "sre");
    const browser = await pier.browser(sam.id);
    const pod = runtime.caches.pods.list(NAMESPACE).find((p) => p.name.startsWith("learn-") && p.phase === "Running")!.name;

    // Echo: the same pod and command (irb behind the env wrapper) directly, through a bridge
    // that stores nothing (its own cost), and through Pier as it runs (recording on).
    const recorded = await irbThrough(pier, browser, pod, "bench: keystroke echo");
    const bare = await irbThrough(unrecorded, browser, pod, "bench: keystroke echo, not stored");
    const direct = await openExecSocket(runtime.connection, { namespace: NAMESPACE, pod, container: "learn", command: consoleExecArgv(["bin/rails", "console"], sam.email, "bench") });
    direct.resize(120, 40);
    direct.onFrame((channel, data) => channel === 1 && data.includes("\x1b[6n") && direct.send(0, Buffer.from("\x1b[1;1R")));
    await sleep(1500);
    const echoes = await echoRoundTrips({ direct: { send: (key) => direct.send(0, Buffer.from(key)), onOutput: (listener) => direct.onFrame((channel) => channel === 1 && listener()) }, bare: bare.echoer, pier: recorded.echoer });
    direct.close();
    for (const { term } of [recorded, bare]) {
      term.end();
      await term.ended;
    }
    const commits = await commitLatency(recorded.id);

    // Throughput: 50 MB of base64 text printed through the console (the pty turns each LF into CR LF).
    const command = `sh -c 'base64 -w 76 /dev/urandom 2>/dev/null | head -c ${BYTES}'`; // base64's broken pipe at the end is not output
    const expected = BYTES + Math.floor(BYTES / 77);
    const directBulk = await openExecSocket(runtime.connection, { namespace: NAMESPACE, pod, container: "learn", command: parseCommandLine(command) });
    let directBytes = 0;
    let directFirst = 0;
    let directLast = 0;
    directBulk.onFrame((channel, data) => channel === 1 && ((directBytes += data.length), (directFirst ||= performance.now()), (directLast = performance.now())));
    directBulk.resize(200, 50);
    await new Promise<void>((resolve) => directBulk.onClose(() => resolve()));
    const directMbps = directBytes / 2 ** 20 / ((directLast - directFirst) / 1000);
    const { body: bulkSession } = await pier.request(browser, { cluster: "staging", namespace: NAMESPACE, service: "learn", pod, reason: "bench: 50 MB", command });
    const bulk = await pier.open(bulkSession.id, browser);
    const received = createHash("sha256");
    let bytes = 0;
    let first = 0;
    let last = 0;
    bulk.ws.on("message", (data: Buffer, binary) => binary && (received.update(data), (bytes += data.length), (first ||= performance.now()), (last = performance.now())));
    bulk.resize(200, 50);
    const ended = await bulk.ended;
    const seconds = (last - first) / 1000;
    const row = (await findConsoleSession(bulkSession.id))!;
    const [stored] = await getPrisma().$queryRawUnsafe<Array<{ bytes: bigint; sha: string; chunks: number }>>(
      "SELECT sum(length(data))::bigint AS bytes, encode(sha256(string_agg(data, ''::bytea ORDER BY seq)), 'hex') AS sha, count(*)::int AS chunks FROM console_chunks WHERE session_id = $1::uuid AND stream = 1",
      bulkSession.id,
    );
    const verification = await verifyRecording(row);
    const checks = { "stored bytes = received": Number(stored!.bytes) === bytes, "stored SHA-256 = received": stored!.sha === received.digest("hex"), [`all ${expected.toLocaleString("en")} bytes arrived`]: bytes === expected, "hash chain verifies": verification.ok };
    const lossless = Object.values(checks).every(Boolean);
    const p = (list: number[]) => `${ms(percentile(list, 0.5))} / ${ms(percentile(list, 0.95))}`;
    const ratio = percentile(echoes.pier, 0.95) / percentile(echoes.direct, 0.95);
    const mbps = bytes / 2 ** 20 / seconds;
    console.log(`### Consoles

Pier's console bridge in this process (browser WebSocket -> bridge -> recorder -> pods/exec v5), the embedded cluster as a child process (\`sim/main.ts\`, seed demo), recording into PostgreSQL (${process.env.DATABASE_URL ? "the server at DATABASE_URL" : "embedded PGlite"}) with synchronous commit: every chunk is committed before it is forwarded, so a keystroke's echo waits for two commits (the key, then the echo).

| measure | p50 / p95 | target |
|---|---|---|
| keystroke echo in \`bin/rails console\` (irb), direct exec, ${echoes.direct.length} keys | ${p(echoes.direct)} | |
| the same through Pier's bridge storing nothing (the bridge's own cost) | ${p(echoes.bare)} | |
| the same through Pier, recording on | ${p(echoes.pier)} | |
| Pier (recording on) / direct, at p95 | ${ratio.toFixed(2)}× | ≤ 1.3× ${ratio <= 1.3 ? "✓" : "✗"} |
| one recording commit: back to back; 8 ms apart, as typing spaces them | ${p(commits.busy)}; ${p(commits.paced)} | |

| measure | figure | target |
|---|---|---|
| 50 MB printed (\`base64 /dev/urandom \\| head -c ${BYTES}\`), what the browser got | ${(bytes / 2 ** 20).toFixed(1)} MiB in ${seconds.toFixed(2)} s, ${stored!.chunks.toLocaleString("en")} chunks | |
| the same printed by a direct exec (the cluster's own pace) | ${directMbps.toFixed(1)} MiB/s | |
| recording throughput through Pier (first to last byte at the browser) | ${mbps.toFixed(1)} MiB/s | ≥ 20 MB/s ${mbps >= 20 ? "✓" : "✗"} |
| lossless: ${Object.keys(checks).join(", ")} | ${lossless ? "yes" : `NO: ${Object.entries(checks).filter(([, ok]) => !ok).map(([k]) => k).join(", ")}`} (${ended.reason}) | ✓ |
`);
  } finally {
    await unrecorded.close();
    await pier.close();
    runtime.stop();
    await database.drop();
  }
}

runBench(main);
