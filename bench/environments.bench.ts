// Environments read side at scale: Pier's watch caches against embedded clusters seeded
// scale:500x12 (12,000 pods) and scale:50x12 (1,200 pods). Server time of the JSON API's work
// for /api/clusters/<c>/namespaces and for one environment (read model + JSON.stringify, what
// the route does after authentication), side by side with one direct list of all pods from the
// API server (what a portal without caches does per request); memory with the caches warm.
// Run: npx tsx bench/environments.bench.ts   (prints a Markdown section)
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { Agent, request } from "node:https";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { parse } from "yaml";
import { getEnvironment } from "@/lib/environments/get-environment";
import { listClusterEnvironments } from "@/lib/environments/list-environments";
import { ClusterRuntime } from "@/lib/kube/cluster-runtime";
import { clustersOf } from "@/lib/kube/clusters";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;
const dir = mkdtempSync(join(tmpdir(), "pier-env-bench-"));
const children: ChildProcess[] = [];

async function startSim(name: string, seed: string): Promise<string> {
  const kubeconfig = join(dir, `${name}.yaml`);
  const child = spawn(process.execPath, ["--import", "tsx", "sim/main.ts", "--port", "0", "--seed", seed, "--kubeconfig", kubeconfig, "--name", name], { stdio: ["ignore", "pipe", "inherit"] });
  children.push(child);
  await new Promise<void>((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (d: Buffer) => ((out += d.toString()), /serving \S+/.test(out) && resolve()));
    child.on("exit", (code) => reject(new Error(`sim ${name} exited with ${code}`)));
  });
  return kubeconfig;
}

/** One full GET /api/v1/pods, read to the last byte and parsed, as a cache-less portal would per request. */
function listAllPods(kubeconfig: string, agent: Agent): Promise<number> {
  const config = parse(readFileSync(kubeconfig, "utf8")) as { clusters: Array<{ cluster: Record<string, string> }>; users: Array<{ user: { token: string } }> };
  const ca = Buffer.from(config.clusters[0]!.cluster["certificate-authority-data"]!, "base64");
  return new Promise((resolve, reject) => {
    const req = request(`${config.clusters[0]!.cluster.server}/api/v1/pods`, { headers: { authorization: `Bearer ${config.users[0]!.user.token}` }, ca, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve((JSON.parse(Buffer.concat(chunks).toString("utf8")) as { items: unknown[] }).items.length));
    });
    req.on("error", reject);
    req.end();
  });
}

async function percentiles(runs: number, fn: () => unknown): Promise<{ p50: number; p95: number }> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { p50: times[Math.floor(runs * 0.5)]!, p95: times[Math.min(runs - 1, Math.ceil(runs * 0.95) - 1)]! };
}

const heapMiB = () => (gc(), process.memoryUsage().heapUsed / 2 ** 20);

async function main(): Promise<void> {
  const [bigConfig, smallConfig] = await Promise.all([startSim("big", "scale:500x12"), startSim("small", "scale:50x12")]);
  const heapBefore = heapMiB();
  const big = new ClusterRuntime({ name: "big", environment: "staging", kubeconfig: bigConfig, inCluster: false });
  const syncStart = performance.now();
  await big.start().whenSettled(120_000);
  const syncMs = performance.now() - syncStart;
  const heapBig = heapMiB() - heapBefore;
  const rssWarm = process.memoryUsage().rss / 2 ** 20;
  const small = new ClusterRuntime({ name: "small", environment: "staging", kubeconfig: smallConfig, inCluster: false });
  await small.start().whenSettled(60_000);
  const clusters = clustersOf([big, small]);
  const pods = big.caches.pods.count();
  const envOf = (r: ClusterRuntime) => r.caches.namespaces.list("").find((n) => n.labels["pier.dev/environment"])!.name;

  const cold = await percentiles(1, async () => JSON.stringify(await listClusterEnvironments(clusters, "big")));
  const list = await percentiles(200, async () => JSON.stringify(await listClusterEnvironments(clusters, "big")));
  const envBig = await percentiles(500, async () => JSON.stringify(await getEnvironment(clusters, "big", envOf(big))));
  const envSmall = await percentiles(500, async () => JSON.stringify(await getEnvironment(clusters, "small", envOf(small))));
  const listBytes = JSON.stringify(await listClusterEnvironments(clusters, "big")).length;
  const agent = new Agent({ keepAlive: true });
  let listed = 0;
  const direct = await percentiles(10, async () => (listed = await listAllPods(bigConfig, agent)));
  agent.destroy();

  const ms = (n: number) => `${n.toFixed(n < 10 ? 2 : 0)} ms`;
  const ok = (pass: boolean) => (pass ? "met" : "**missed**");
  console.log(`### Environments read side at scale:500x12 (${pods.toLocaleString("en")} pods)

Pier's watch caches in the bench process against embedded clusters run as child processes
(HTTPS on loopback). Server time = the route's work after authentication: read model from the
caches plus \`JSON.stringify\`. p50 / p95 over repeated runs.

| measure | p50 | p95 |
|---|---|---|
| \`/api/clusters/big/namespaces\` (500 environments, ${(listBytes / 1024).toFixed(0)} KiB JSON) | ${ms(list.p50)} | ${ms(list.p95)} |
| the same, first call (every summary computed) | ${ms(cold.p50)} | |
| one environment page (JSON), cluster of 12,000 pods | ${ms(envBig.p50)} | ${ms(envBig.p95)} |
| one environment page (JSON), cluster of 1,200 pods | ${ms(envSmall.p50)} | ${ms(envSmall.p95)} |
| direct: one \`GET /api/v1/pods\` (${listed.toLocaleString("en")} pods, read and parsed) | ${ms(direct.p50)} | ${ms(direct.p95)} |

| target | result |
|---|---|
| p95 under 50 ms | ${ok(Math.max(list.p95, envBig.p95) < 50)} (worst p95 ${ms(Math.max(list.p95, envBig.p95))}) |
| at most a tenth of the direct list | ${ok(list.p95 <= direct.p50 / 10)} (namespaces p95 = ${((list.p95 / direct.p50) * 100).toFixed(1)} % of the direct list's p50) |
| environment page independent of cluster size | ${ok(envBig.p95 < envSmall.p95 * 2 + 0.5)} (${ms(envBig.p50)} at 12,000 pods vs ${ms(envSmall.p50)} at 1,200) |

Memory: the caches of the 12,000-pod cluster hold ${heapBig.toFixed(0)} MiB of heap (after GC; objects are
cut to the fields Pier reads when they arrive); the process's RSS with that cache warm is ${rssWarm.toFixed(0)} MiB
(tsx and the parse of the initial lists included). First full sync of the big cluster (9 kinds,
paged lists of 500): ${ms(syncMs)}. The first call after a start or relist computes every summary once;
afterwards only namespaces whose objects changed are recomputed (memoized on a per-namespace version).
`);
  big.stop();
  small.stop();
}

main()
  .catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  })
  .finally(async () => {
    for (const child of children) child.kill("SIGTERM");
    await Promise.all(children.map((c) => new Promise((r) => (c.exitCode !== null ? r(null) : c.on("exit", r)))));
    rmSync(dir, { recursive: true, force: true });
  });
