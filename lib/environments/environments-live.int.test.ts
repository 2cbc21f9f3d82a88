import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { AppsV1Api, CoreV1Api, KubeConfig } from "@kubernetes/client-node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { branchSlug } from "@/lib/conventions/branch-environments";
import { ClusterRuntime } from "@/lib/kube/cluster-runtime";
import { clustersOf } from "@/lib/kube/clusters";
import { eventually } from "@/lib/kube/testing/start-test-cluster";
import { startCluster, type RunningCluster } from "@/sim/index";
import { getEnvironment } from "./get-environment";
import { getService } from "./get-service";
import { listEnvironments } from "./list-environments";

// The read models against a real (embedded) cluster: changes made through the Kubernetes API
// show up in what the JSON API returns within a couple of seconds, through 410s and outages.

const dir = mkdtempSync(path.join(tmpdir(), "pier-env-live-"));
const kubeconfigPath = path.join(dir, "kubeconfig");
const start = (port = 0) => startCluster({ name: "staging", seed: "demo", timeScale: 50, port, stateDir: path.join(dir, "state"), kubeconfigPath });
let sim: RunningCluster;
let runtime: ClusterRuntime;
let core: CoreV1Api;
let apps: AppsV1Api;
const changed: string[] = [];
const branch = "feature/live-test";
const ns = branchSlug(branch);
const clusters = () => clustersOf([runtime]);

beforeAll(async () => {
  sim = await start();
  runtime = new ClusterRuntime({ name: "staging", environment: "staging", kubeconfig: kubeconfigPath, inCluster: false }).start();
  runtime.changes.subscribe((batch) => changed.push(...batch.namespaces));
  const kc = new KubeConfig();
  kc.loadFromString(sim.kubeconfig);
  core = kc.makeApiClient(CoreV1Api);
  apps = kc.makeApiClient(AppsV1Api);
  expect((await runtime.whenSettled(15_000)).state).toBe("synced");
});

afterAll(async () => {
  runtime?.stop();
  await sim?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const labels = { "app.kubernetes.io/name": "web" };
const deployment = (image: string, replicas = 1) => ({
  metadata: { name: "web", namespace: ns, labels },
  spec: { replicas, selector: { matchLabels: labels }, template: { metadata: { labels }, spec: { containers: [{ name: "web", image, resources: { requests: { cpu: "150m", memory: "96Mi" } }, env: [{ name: "SECRET_TOKEN", value: "do-not-leak" }] }] } } },
});

describe("live read models", () => {
  it("shows a new branch namespace, its workloads and live notifications", async () => {
    await core.createNamespace({ body: { metadata: { name: ns, labels: { "pier.dev/environment": "branch", "pier.dev/branch-slug": ns }, annotations: { "pier.dev/branch": branch, "pier.dev/author": "Erin Engineer <erin.engineer@pier.test>" } } } });
    await apps.createNamespacedDeployment({ namespace: ns, body: deployment("registry.example.com/web:v1") });
    await core.createNamespacedService({ namespace: ns, body: { metadata: { name: "web", namespace: ns }, spec: { selector: labels, ports: [{ port: 80, targetPort: 8080 }] } } });
    const summary = await eventually(() => {
      const found = listEnvironments(runtime).environments.find((e) => e.namespace === ns);
      expect(found).toMatchObject({ branch, author: { email: "erin.engineer@pier.test" }, services: { ready: 1, total: 1 } });
      return found!;
    }, 3_000);
    expect(summary.requests).toEqual({ cpuMilli: 150, memoryBytes: 96 * 2 ** 20 });
    await eventually(() => expect(changed).toContain(ns), 2_000); // the live batch, coalesced for 300 ms
    const env = await getEnvironment(clusters(), "staging", ns);
    expect(env.services[0]).toMatchObject({ name: "web", address: "http://web", tag: "v1", rollout: { state: "complete" } });
    expect(JSON.stringify(env)).not.toContain("do-not-leak");
  });

  it("follows a scale-up to completion", async () => {
    await apps.patchNamespacedDeploymentScale(
      { name: "web", namespace: ns, body: [{ op: "replace", path: "/spec/replicas", value: 3 }] },
    );
    await eventually(async () => {
      const service = await getService(clusters(), "staging", ns, "web");
      expect(service.service.replicas).toMatchObject({ desired: 3, ready: 3 });
      expect(service.pods).toHaveLength(3);
      expect(service.service.rollout.state).toBe("complete");
    }, 3_000);
  });

  it("reports a crash-looping rollout as the environment's worst problem", async () => {
    await apps.replaceNamespacedDeployment({ name: "web", namespace: ns, body: deployment("registry.example.com/web:crashloop-v2", 3) });
    await eventually(() => {
      const summary = listEnvironments(runtime).environments.find((e) => e.namespace === ns);
      expect(summary?.problem?.reason).toBe("CrashLoopBackOff");
      expect(summary?.services.ready).toBe(0);
    }, 4_000);
    const service = await getService(clusters(), "staging", ns, "web");
    expect(service.revisions.map((r) => r.revision)).toEqual([2, 1]);
    expect(service.pods.some((p) => p.status === "CrashLoopBackOff")).toBe(true);
  });

  it("relists after 410 Expired and keeps up", async () => {
    sim.compactHistory();
    sim.closeWatches();
    await apps.replaceNamespacedDeployment({ name: "web", namespace: ns, body: deployment("registry.example.com/web:v3", 2) });
    await eventually(async () => {
      const env = await getEnvironment(clusters(), "staging", ns);
      expect(env.services[0]).toMatchObject({ tag: "v3", replicas: { desired: 2, ready: 2 } });
      expect(env.summary.problem).toBeUndefined();
    }, 4_000);
  });

  it("says since when a cluster is unreachable, keeps the last state, and recovers", async () => {
    const port = sim.port;
    await sim.stop();
    const down = await eventually(() => {
      const status = runtime.status();
      expect(status.state).toBe("unreachable");
      return status;
    }, 3_000);
    expect(Date.parse(down.unreachableSince!)).toBeLessThanOrEqual(Date.now());
    expect(listEnvironments(runtime).environments.some((e) => e.namespace === ns)).toBe(true);
    sim = await start(port);
    await eventually(() => expect(runtime.status().state).toBe("synced"), 15_000);
  });

  it("drops a deleted namespace", async () => {
    await core.deleteNamespace({ name: ns });
    await eventually(() => expect(listEnvironments(runtime).environments.map((e) => e.namespace)).not.toContain(ns), 4_000);
    await expect(getEnvironment(clusters(), "staging", ns)).rejects.toMatchObject({ status: 404 });
  });

  it("refuses bad names before looking anything up", async () => {
    await expect(getEnvironment(clusters(), "staging", "Not_A_Name")).rejects.toMatchObject({ status: 400 });
    await expect(getEnvironment(clusters(), "nope", "main")).rejects.toMatchObject({ status: 404, message: 'cluster "nope" not found' });
    await expect(getService(clusters(), "staging", branchSlug("main"), "no-such")).rejects.toMatchObject({ status: 404 });
  });
});
