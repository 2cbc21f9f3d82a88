// Embedded cluster at scale:500x12 (12,000 pods): list latency for all pods and all
// Deployments, single-object reads, watch fan-out (50 watchers, N pod changes), and part 2:
// metrics.k8s.io and /metrics/cadvisor at that size, exec echo round trips over v5.
// Run: npx tsx bench/sim.bench.ts   (prints a Markdown section)
import { Agent, request } from "node:https";
import { execPath, openStream } from "../sim/conformance/stream-client";
import { benchDir, runBench, startSimProcess } from "./bench-process";
import { describeMachine } from "./machine";
import { timeStats, type Stats } from "./measure";

const SEED = process.env.SIM_BENCH_SEED ?? "scale:500x12";
const WATCHERS = 50;
const CHANGES = 500;
const ECHOES = 1000;
const EXEC_OPENS = 30;

interface Target {
  url: string;
  token: string;
  ca: string;
  agent: Agent;
}

function call(t: Target, method: string, path: string, body?: unknown, contentType = "application/json"): Promise<{ status: number; bytes: number; text: string }> {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const headers: Record<string, string> = { authorization: `Bearer ${t.token}` };
    if (payload) Object.assign(headers, { "content-type": contentType, "content-length": String(Buffer.byteLength(payload)) });
    const req = request(`${t.url}${path}`, { method, headers, ca: t.ca, agent: t.agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => {
        const buf = Buffer.concat(chunks);
        resolve({ status: res.statusCode ?? 0, bytes: buf.length, text: buf.toString("utf8") });
      });
    });
    req.on("error", reject);
    req.end(payload);
  });
}

/** A v5 exec of `cat` with stdin: one byte out, time until it comes back, ECHOES times. */
async function execEchoes(t: Target, ns: string, pod: string): Promise<Stats> {
  const target = { url: t.url, token: t.token, caPem: t.ca };
  const s = await openStream(target, execPath(ns, pod, ["cat"], { stdin: true }));
  const result = await timeStats(ECHOES, () => new Promise((resolve) => {
    s.ws.once("message", resolve);
    s.send(0, "x");
  }));
  s.closeStdin();
  await s.done;
  return result;
}

/** A whole exec of `true`: upgrade, spawn, exit status, close. */
async function execOpens(t: Target, ns: string, pod: string): Promise<Stats> {
  const target = { url: t.url, token: t.token, caPem: t.ca };
  return timeStats(EXEC_OPENS, async () => (await openStream(target, execPath(ns, pod, ["true"]))).done);
}

function watch(t: Target, path: string, onEvent: () => void): () => void {
  const req = request(`${t.url}${path}`, { headers: { authorization: `Bearer ${t.token}` }, ca: t.ca }, (res) => {
    let buffer = "";
    res.on("data", (chunk: Buffer) => {
      buffer += chunk.toString("utf8");
      let nl;
      while ((nl = buffer.indexOf("\n")) >= 0) {
        JSON.parse(buffer.slice(0, nl));
        buffer = buffer.slice(nl + 1);
        onEvent();
      }
    });
  });
  req.on("error", () => {});
  req.end();
  return () => req.destroy();
}

async function main(): Promise<void> {
  const started = performance.now();
  const sim = await startSimProcess(benchDir("pier-sim-bench-"), { name: "bench", seed: SEED });
  const startup = performance.now() - started;
  const t: Target = { url: sim.url, token: sim.token, ca: sim.caPem, agent: new Agent({ keepAlive: true }) };

  try {
    const podList = await call(t, "GET", "/api/v1/pods");
    const pods = (JSON.parse(podList.text) as { items: Array<{ metadata: { name: string; namespace: string } }> }).items;
    const listPods = await timeStats(5, () => call(t, "GET", "/api/v1/pods"));
    const listPodsParsed = await timeStats(3, async () => JSON.parse((await call(t, "GET", "/api/v1/pods")).text));
    const listDeploys = await timeStats(5, () => call(t, "GET", "/apis/apps/v1/deployments"));
    const deployBytes = (await call(t, "GET", "/apis/apps/v1/deployments")).bytes;
    const ns = pods[0]!.metadata.namespace;
    const listNs = await timeStats(50, () => call(t, "GET", `/api/v1/namespaces/${ns}/pods?labelSelector=app.kubernetes.io%2Fname%3Dsvc-03`));
    const getPod = await timeStats(200, () => call(t, "GET", `/api/v1/namespaces/${ns}/pods/${pods[0]!.metadata.name}`));
    const paged = await timeStats(3, async () => {
      let token = "";
      do {
        const page = JSON.parse((await call(t, "GET", `/api/v1/pods?limit=500${token ? `&continue=${encodeURIComponent(token)}` : ""}`)).text) as { metadata: { continue?: string } };
        token = page.metadata.continue ?? "";
      } while (token);
    });

    // Part 2: usage computed per request (no timers), exec as real processes.
    const metricsAllBytes = (await call(t, "GET", "/apis/metrics.k8s.io/v1beta1/pods")).bytes;
    const metricsAll = await timeStats(5, () => call(t, "GET", "/apis/metrics.k8s.io/v1beta1/pods"));
    const metricsNs = await timeStats(50, () => call(t, "GET", `/apis/metrics.k8s.io/v1beta1/namespaces/${ns}/pods`));
    const metricsNodes = await timeStats(10, () => call(t, "GET", "/apis/metrics.k8s.io/v1beta1/nodes"));
    const cadvisorBytes = (await call(t, "GET", "/metrics/cadvisor")).bytes;
    const cadvisor = await timeStats(3, () => call(t, "GET", "/metrics/cadvisor"));
    const echoes = await execEchoes(t, ns, pods[0]!.metadata.name);
    const opens = await execOpens(t, ns, pods[0]!.metadata.name);

    // Fan-out: 50 watchers on all pods, then CHANGES pod annotations through the API.
    const rv = (JSON.parse((await call(t, "GET", "/api/v1/pods?limit=1")).text) as { metadata: { resourceVersion: string } }).metadata.resourceVersion;
    let received = 0;
    const closers = Array.from({ length: WATCHERS }, () => watch(t, `/api/v1/pods?watch=true&resourceVersion=${rv}`, () => received++));
    await new Promise((r) => setTimeout(r, 500));
    const expected = WATCHERS * CHANGES;
    const fanStart = performance.now();
    for (let i = 0; i < CHANGES; i += 25) {
      await Promise.all(pods.slice(i, i + 25).map((p) => call(t, "PATCH", `/api/v1/namespaces/${p.metadata.namespace}/pods/${p.metadata.name}`, { metadata: { annotations: { "bench/touch": String(i) } } }, "application/merge-patch+json")));
    }
    const writesDone = performance.now() - fanStart;
    while (received < expected && performance.now() - fanStart < 120_000) await new Promise((r) => setTimeout(r, 5));
    const fanTime = performance.now() - fanStart;
    for (const close of closers) close();

    const ms = (n: number) => `${n.toFixed(n < 10 ? 1 : 0)} ms`;
    console.log(`## Embedded cluster (sim) at ${SEED}

Machine: ${describeMachine()}.
Cluster run as a child process (\`sim/main.ts\`), HTTPS on loopback, keep-alive client; figures are median (min) of repeated runs.

| measure | result |
|---|---|
| start-up incl. seeding ${pods.length} pods (spawn to serving) | ${ms(startup)} |
| list all pods, JSON (${(podList.bytes / 2 ** 20).toFixed(1)} MiB), to last byte | ${ms(listPods.p50)} (${ms(listPods.min)}) |
| list all pods, JSON, including client JSON.parse | ${ms(listPodsParsed.p50)} (${ms(listPodsParsed.min)}) |
| list all pods in pages of 500 (kubectl's default), all pages | ${ms(paged.p50)} (${ms(paged.min)}) |
| list all Deployments, JSON (${(deployBytes / 2 ** 20).toFixed(1)} MiB) | ${ms(listDeploys.p50)} (${ms(listDeploys.min)}) |
| list pods of one namespace by label selector | ${ms(listNs.p50)} (${ms(listNs.min)}) |
| get one pod | ${ms(getPod.p50)} (${ms(getPod.min)}) |
| watch fan-out: ${WATCHERS} watchers on all pods, ${CHANGES} pod patches (25 in flight) | ${received.toLocaleString("en")}/${expected.toLocaleString("en")} events delivered in ${ms(fanTime)} = ${Math.round(received / (fanTime / 1000)).toLocaleString("en")} events/s |
| of which: the patches themselves; last event after last write | ${ms(writesDone)}; ${ms(fanTime - writesDone)} |
| metrics.k8s.io: PodMetrics of all namespaces (${pods.length.toLocaleString("en")} pods, ${(metricsAllBytes / 2 ** 20).toFixed(1)} MiB) | ${ms(metricsAll.p50)} (${ms(metricsAll.min)}) |
| metrics.k8s.io: PodMetrics of one namespace (24 pods) | ${ms(metricsNs.p50)} (${ms(metricsNs.min)}) |
| metrics.k8s.io: NodeMetrics (sums every pod of every node) | ${ms(metricsNodes.p50)} (${ms(metricsNodes.min)}) |
| /metrics/cadvisor, every container (${(cadvisorBytes / 2 ** 20).toFixed(1)} MiB of Prometheus text) | ${ms(cadvisor.p50)} (${ms(cadvisor.min)}) |
| exec echo round trip: one byte through a v5 \`cat\` session and back, ${ECHOES} times, p50 / p95 | ${ms(echoes.p50)} / ${ms(echoes.p95)} |
| exec of \`true\`: upgrade, spawn, exit status, close, ${EXEC_OPENS} times, p50 / p95 | ${ms(opens.p50)} / ${ms(opens.p95)} |
`);
  } finally {
    t.agent.destroy();
  }
}

runBench(main);
