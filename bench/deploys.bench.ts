// Deploys: time from "deploy branch" to every service ready in an embedded cluster, and Pier's
// added cost over applying the same manifests (same commit, same image rule) with
// `kubectl apply --server-side`, side by side against the same cluster in the same run.
// Pier's part is measured as the JSON API's work after authentication: resolve the commit with
// git, read and parse every manifest, retag, server-side apply (deployBranch).
// Run: npx tsx --conditions=react-server bench/deploys.bench.ts   (prints a Markdown section)
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { stringify } from "yaml";
import { commitTag, retagImages } from "@/lib/deploy/apply/retag-images";
import { deployBranch } from "@/lib/deploy/deploy-branch";
import type { DeployContext } from "@/lib/deploy/deploy-context";
import { buildExampleMonorepo } from "@/lib/deploy/monorepo/build-example-monorepo";
import { readServiceManifests } from "@/lib/deploy/monorepo/read-manifests";
import { resolveCommit } from "@/lib/deploy/monorepo/resolve-commit";
import { collectServices } from "@/lib/environments/collect-services";
import { rolloutProgress } from "@/lib/environments/rollout-progress";
import { ClusterRuntime } from "@/lib/kube/cluster-runtime";
import { clustersOf } from "@/lib/kube/clusters";
import { benchDir, runBench, startSimProcess } from "./bench-process";
import { stats } from "./measure";

const RUNS = 5;
const TIME_SCALE = 10;
/** Resolves when every Deployment of the namespace has rolled out (kubectl's rules) with all pods ready. */
function whenReady(runtime: ClusterRuntime, namespace: string, services: number): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      const parts = collectServices(runtime.caches, namespace);
      if (parts.length === services && parts.every((p) => rolloutProgress(p).state === "complete" && p.workload.status.readyReplicas >= p.workload.replicas)) {
        clearInterval(timer);
        resolve();
      }
    };
    const timer = setInterval(check, 20);
  });
}

/** Deletes a namespace and waits until its pods are gone, so every run finds the nodes as empty as the first. */
async function deleteNamespace(runtime: ClusterRuntime, namespace: string): Promise<void> {
  await runtime.connection.send("DELETE", `/api/v1/namespaces/${namespace}`);
  while (runtime.caches.pods.list(namespace).length > 0 || runtime.caches.namespaces.get("", namespace)) await new Promise((r) => setTimeout(r, 50));
}

const median = (xs: number[]) => stats(xs).p50;
const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);

async function main(): Promise<void> {
  const dir = benchDir("pier-deploy-bench-");
  const monorepoDir = await buildExampleMonorepo(path.resolve("content/monorepo"), path.join(dir, "monorepo"));
  const { kubeconfig } = await startSimProcess(dir, { name: "staging", seed: "empty", timeScale: TIME_SCALE });
  const runtime = new ClusterRuntime({ name: "staging", environment: "staging", kubeconfig, inCluster: false }).start();
  await runtime.whenSettled(20_000);
  const context: DeployContext = { clusters: clustersOf([runtime]), monorepo: async () => ({ dir: monorepoDir, refresh: async () => {} }), settings: { imageRegistry: "registry.example.com", ttlHours: 168 } };
  const repo = await context.monorepo();
  const sha = execFileSync("git", ["-C", monorepoDir, "rev-parse", "main"]).toString().trim();
  const manifests = await readServiceManifests(repo, sha);
  const services = new Set(manifests.map((m) => m.service)).size;

  // kubectl gets the very same objects: the manifests at the commit with the image rule applied.
  const kubectlDir = path.join(dir, "kubectl-manifests");
  mkdirSync(kubectlDir);
  writeFileSync(path.join(kubectlDir, "all.yaml"), manifests.map((m) => stringify(retagImages(m.object, "registry.example.com", commitTag(sha)))).join("---\n"));
  const kubectl = (args: string[]) => execFileSync("kubectl", ["--kubeconfig", kubeconfig, "--cache-dir", path.join(dir, "kubectl-cache"), ...args], { stdio: ["ignore", "ignore", "inherit"] });
  kubectl(["api-resources"]); // warm kubectl's discovery cache, as on a developer's machine

  const git: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await readServiceManifests(repo, (await resolveCommit(repo, "main")).sha);
    git.push(performance.now() - started);
  }
  const pier = { apply: [] as number[], ready: [] as number[] };
  const cli = { apply: [] as number[], ready: [] as number[] };
  for (let i = 0; i < RUNS; i++) {
    execFileSync("git", ["-C", monorepoDir, "branch", "-f", `bench/pier-${i}`, "main"]);
    let started = performance.now();
    const result = await deployBranch(context, { cluster: "staging", branch: `bench/pier-${i}` }, { email: "bench@pier.test" });
    pier.apply.push(performance.now() - started);
    await whenReady(runtime, result.namespace, services);
    pier.ready.push(performance.now() - started);

    const ns = `bench-kubectl-${i}`;
    writeFileSync(path.join(dir, "ns.yaml"), stringify({ apiVersion: "v1", kind: "Namespace", metadata: { name: ns } }));
    started = performance.now();
    kubectl(["apply", "--server-side", "--force-conflicts", "--field-manager=bench", "-f", path.join(dir, "ns.yaml")]);
    kubectl(["apply", "--server-side", "--force-conflicts", "--field-manager=bench", "-n", ns, "-f", kubectlDir]);
    cli.apply.push(performance.now() - started);
    await whenReady(runtime, ns, services);
    cli.ready.push(performance.now() - started);
    console.error(`[bench] run ${i}: pier ${pier.apply.at(-1)!.toFixed(0)}/${pier.ready.at(-1)!.toFixed(0)} ms, kubectl ${cli.apply.at(-1)!.toFixed(0)}/${cli.ready.at(-1)!.toFixed(0)} ms`);
    await Promise.all([deleteNamespace(runtime, result.namespace), deleteNamespace(runtime, ns)]);
  }

  const objects = manifests.length + 1;
  console.log(`### Deploys: a branch of the example monorepo (${services} services, ${objects} objects with the namespace)

Embedded cluster at time scale ${TIME_SCALE} (image pulls, readiness delays and rollouts run ${TIME_SCALE}× faster than real time), seeded empty, in its own process; ${RUNS} runs each, alternating, each into a new namespace (deleted after the run, so the nodes have room). Median (min–max).

| | Pier (\`deployBranch\`: git + parse + retag + server-side apply) | \`kubectl apply --server-side\` (same objects, warm discovery cache) | Pier / kubectl |
|---|---|---|---|
| request answered (all objects applied) | ${fmt(median(pier.apply))} (${fmt(Math.min(...pier.apply))}–${fmt(Math.max(...pier.apply))}) | ${fmt(median(cli.apply))} (${fmt(Math.min(...cli.apply))}–${fmt(Math.max(...cli.apply))}) | ${(median(pier.apply) / median(cli.apply)).toFixed(2)} |
| of which git (resolve the commit and its author, list and read every manifest, parse YAML) | ${fmt(median(git))} | | |
| every service ready (kubectl's rollout rules) | ${fmt(median(pier.ready))} (${fmt(Math.min(...pier.ready))}–${fmt(Math.max(...pier.ready))}) | ${fmt(median(cli.ready))} (${fmt(Math.min(...cli.ready))}–${fmt(Math.max(...cli.ready))}) | ${(median(pier.ready) / median(cli.ready)).toFixed(2)} |

Pier's added overhead to "all ready" over kubectl: ${fmt(median(pier.ready) - median(cli.ready))} (median difference; negative means Pier was faster). The time to ready is the cluster's (the slowest readiness probe, learn's 10 s initial delay, is ${(10_000 / TIME_SCALE / 1000).toFixed(1)} s here); Pier's share is the apply, which it does a few objects at a time in dependency order while kubectl sends one object after the other from one process (plus its start-up).`);
}

runBench(main);
