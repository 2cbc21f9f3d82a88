// Environments read side at scale: Pier's watch caches against embedded clusters seeded
// scale:500x12 (12,000 pods) and scale:50x12 (1,200 pods). Server time of the JSON API's work
// for /api/clusters/<c>/namespaces and for one environment (read model + JSON.stringify, what
// the route does after authentication), side by side with one direct list of all pods from the
// API server (what a portal without caches does per request); memory with the caches warm.
// Run: npx tsx bench/environments.bench.ts   (prints a Markdown section)
import { Agent, request } from "node:https";
import { getEnvironment } from "@/lib/environments/get-environment";
import { listClusterEnvironments } from "@/lib/environments/list-environments";
import { coreCaches, onDemandCaches } from "@/lib/kube/cluster-caches";
import { ClusterRuntime } from "@/lib/kube/cluster-runtime";
import { clustersOf } from "@/lib/kube/clusters";
import { benchDir, runBench, startSimProcess, type SimProcess } from "./bench-process";
import { heapMiB, timeStats } from "./measure";

/** One full GET /api/v1/pods, read to the last byte and parsed, as a cache-less portal would per request. */
function listAllPods(sim: SimProcess, agent: Agent): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(`${sim.url}/api/v1/pods`, { headers: { authorization: `Bearer ${sim.token}` }, ca: sim.caPem, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve((JSON.parse(Buffer.concat(chunks).toString("utf8")) as { items: unknown[] }).items.length));
    });
    req.on("error", reject);
    req.end();
  });
}

async function main(): Promise<void> {
  const dir = benchDir("pier-env-bench-");
  const [bigSim, smallSim] = await Promise.all([startSimProcess(dir, { name: "big", seed: "scale:500x12" }), startSimProcess(dir, { name: "small", seed: "scale:50x12" })]);
  const heapBefore = heapMiB();
  const big = new ClusterRuntime({ name: "big", environment: "staging", kubeconfig: bigSim.kubeconfig, inCluster: false });
  const syncStart = performance.now();
  await big.start().whenSettled(120_000);
  const syncMs = performance.now() - syncStart;
  const heapBig = heapMiB() - heapBefore;
  const rssWarm = process.memoryUsage().rss / 2 ** 20;
  await big.use(...onDemandCaches).whenSettled(60_000, onDemandCaches);
  const heapBigAll = heapMiB() - heapBefore;
  const small = new ClusterRuntime({ name: "small", environment: "staging", kubeconfig: smallSim.kubeconfig, inCluster: false });
  await small.start().whenSettled(60_000);
  const clusters = clustersOf([big, small]);
  const pods = big.caches.pods.count();
  const envOf = (r: ClusterRuntime) => r.caches.namespaces.list("").find((n) => n.labels["pier.dev/environment"])!.name;

  const cold = await timeStats(1, async () => JSON.stringify(await listClusterEnvironments(clusters, "big")));
  const list = await timeStats(200, async () => JSON.stringify(await listClusterEnvironments(clusters, "big")));
  const envBig = await timeStats(500, async () => JSON.stringify(await getEnvironment(clusters, "big", envOf(big))));
  const envSmall = await timeStats(500, async () => JSON.stringify(await getEnvironment(clusters, "small", envOf(small))));
  const listBytes = JSON.stringify(await listClusterEnvironments(clusters, "big")).length;
  const agent = new Agent({ keepAlive: true });
  let listed = 0;
  const direct = await timeStats(10, async () => (listed = await listAllPods(bigSim, agent)));
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
(tsx and the parse of the initial lists included); with the ${onDemandCaches.length} on-demand kinds that readiness and the resources
area start (${onDemandCaches.join(", ")}) the caches hold ${heapBigAll.toFixed(0)} MiB. First full sync of the big cluster (${coreCaches.length} core kinds,
paged lists of 500): ${ms(syncMs)}. The first call after a start or relist computes every summary once;
afterwards only namespaces whose objects changed are recomputed (memoized on a per-namespace version).
`);
  big.stop();
  small.stop();
}

runBench(main);
