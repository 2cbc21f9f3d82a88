// @kubernetes/client-node 2.x against the embedded cluster: CRUD, optimistic concurrency,
// every patch type, the generic object API, and an informer that recovers from 410 Expired.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ApiException, AppsV1Api, CoreV1Api, KubeConfig, KubernetesObjectApi, makeInformer, PatchStrategy, setHeaderOptions,
  type V1ConfigMap, type V1Deployment,
} from "@kubernetes/client-node";
import { eventually, startTestCluster, type TestCluster } from "./harness";

const NS = "client-node";

async function failure(promise: Promise<unknown>): Promise<{ code: number; status: Record<string, unknown> }> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof ApiException) return { code: err.code, status: JSON.parse(err.body as string) as Record<string, unknown> };
    throw err;
  }
  throw new Error("expected the call to fail");
}

describe("@kubernetes/client-node", () => {
  let cluster: TestCluster;
  let core: CoreV1Api;
  let apps: AppsV1Api;
  let kc: KubeConfig;

  beforeAll(async () => {
    cluster = await startTestCluster({ seed: "empty" });
    kc = new KubeConfig();
    kc.loadFromString(cluster.kubeconfig);
    core = kc.makeApiClient(CoreV1Api);
    apps = kc.makeApiClient(AppsV1Api);
    await core.createNamespace({ body: { metadata: { name: NS } } });
  });
  afterAll(() => cluster?.close());

  it("creates, reads, lists, replaces and deletes", async () => {
    const created = await core.createNamespacedConfigMap({ namespace: NS, body: { metadata: { name: "app", labels: { tier: "web" } }, data: { a: "1" } } });
    expect(created.metadata?.uid).toMatch(/^[0-9a-f-]{36}$/);
    expect((await core.readNamespacedConfigMap({ name: "app", namespace: NS })).data).toEqual({ a: "1" });
    const list = await core.listNamespacedConfigMap({ namespace: NS, labelSelector: "tier=web" });
    expect(list.items.map((c) => c.metadata?.name)).toEqual(["app"]);
    expect(Number(list.metadata?.resourceVersion)).toBeGreaterThan(0);

    const replaced = await core.replaceNamespacedConfigMap({ name: "app", namespace: NS, body: { ...created, data: { a: "2" } } });
    expect(Number(replaced.metadata?.resourceVersion)).toBeGreaterThan(Number(created.metadata?.resourceVersion));
    const stale = await failure(core.replaceNamespacedConfigMap({ name: "app", namespace: NS, body: { ...created, data: { a: "3" } } }));
    expect(stale.code).toBe(409);
    expect(stale.status).toMatchObject({ reason: "Conflict", message: 'Operation cannot be fulfilled on configmaps "app": the object has been modified; please apply your changes to the latest version and try again' });

    const deleted = await core.deleteNamespacedConfigMap({ name: "app", namespace: NS });
    expect(deleted).toMatchObject({ status: "Success", details: { name: "app", kind: "configmaps" } });
    expect((await failure(core.readNamespacedConfigMap({ name: "app", namespace: NS }))).status).toMatchObject({ code: 404, reason: "NotFound", message: 'configmaps "app" not found' });
  });

  it("patches with JSON patch (test included), merge patch and strategic merge", async () => {
    await core.createNamespacedConfigMap({ namespace: NS, body: { metadata: { name: "p" }, data: { keep: "1", drop: "2" } } });
    const json = await core.patchNamespacedConfigMap({ name: "p", namespace: NS, body: [{ op: "test", path: "/data/keep", value: "1" }, { op: "add", path: "/data/new", value: "3" }] },
      setHeaderOptions("Content-Type", PatchStrategy.JsonPatch));
    expect(json.data).toEqual({ keep: "1", drop: "2", new: "3" });
    const failed = await failure(core.patchNamespacedConfigMap({ name: "p", namespace: NS, body: [{ op: "test", path: "/data/keep", value: "nope" }] },
      setHeaderOptions("Content-Type", PatchStrategy.JsonPatch)));
    expect(failed.code).toBe(422);
    const merged = await core.patchNamespacedConfigMap({ name: "p", namespace: NS, body: { data: { drop: null } } }, setHeaderOptions("Content-Type", PatchStrategy.MergePatch));
    expect(merged.data).toEqual({ keep: "1", new: "3" });

    const d: V1Deployment = {
      metadata: { name: "api" },
      spec: {
        selector: { matchLabels: { app: "api" } },
        template: { metadata: { labels: { app: "api" } }, spec: { containers: [{ name: "api", image: "api:1", env: [{ name: "A", value: "1" }] }, { name: "side", image: "side:1" }] } },
      },
    };
    await apps.createNamespacedDeployment({ namespace: NS, body: d });
    const smp = await apps.patchNamespacedDeployment({
      name: "api", namespace: NS,
      body: { spec: { template: { spec: { containers: [{ name: "api", image: "api:2", env: [{ name: "B", value: "2" }] }] } } } },
    }, setHeaderOptions("Content-Type", PatchStrategy.StrategicMergePatch));
    const containers = smp.spec!.template.spec!.containers;
    expect(containers.map((c) => `${c.name}=${c.image}`)).toEqual(["api=api:2", "side=side:1"]);
    expect(containers[0]!.env).toEqual([{ name: "A", value: "1" }, { name: "B", value: "2" }]);
    expect(smp.metadata?.generation).toBe(2);
  });

  it("applies server-side with field managers, conflicts and force", async () => {
    const apply = (manager: string, body: V1ConfigMap, force?: boolean) => core.patchNamespacedConfigMap({ name: "ssa", namespace: NS, body, fieldManager: manager, force },
      setHeaderOptions("Content-Type", PatchStrategy.ServerSideApply));
    const cm = (data: Record<string, string>): V1ConfigMap => ({ apiVersion: "v1", kind: "ConfigMap", metadata: { name: "ssa", namespace: NS }, data });
    const first = await apply("alice", cm({ owner: "alice" }));
    expect(first.metadata?.managedFields?.[0]).toMatchObject({ manager: "alice", operation: "Apply", fieldsV1: { "f:data": { "f:owner": {} } } });
    const conflict = await failure(apply("bob", cm({ owner: "bob" })));
    expect(conflict.code).toBe(409);
    expect(conflict.status).toMatchObject({
      reason: "Conflict", message: 'Apply failed with 1 conflict: conflict with "alice": .data.owner',
      details: { causes: [{ reason: "FieldManagerConflict", message: 'conflict with "alice"', field: ".data.owner" }] },
    });
    expect((await apply("bob", cm({ owner: "bob" }), true)).data).toEqual({ owner: "bob" });
    const missingManager = await failure(core.patchNamespacedConfigMap({ name: "ssa", namespace: NS, body: cm({}) }, setHeaderOptions("Content-Type", PatchStrategy.ServerSideApply)));
    expect(missingManager.code).toBe(422);
  });

  it("maps kinds to resources through discovery (KubernetesObjectApi)", async () => {
    const client = KubernetesObjectApi.makeApiClient(kc);
    await client.create({ apiVersion: "apps/v1", kind: "Deployment", metadata: { name: "generic", namespace: NS }, spec: { selector: { matchLabels: { a: "b" } }, template: { metadata: { labels: { a: "b" } }, spec: { containers: [{ name: "c", image: "c:1" }] } } } } as V1Deployment);
    const read = await client.read({ apiVersion: "apps/v1", kind: "Deployment", metadata: { name: "generic", namespace: NS } });
    expect(read.metadata?.uid).toBeTruthy();
    const scale = await apps.readNamespacedDeploymentScale({ name: "generic", namespace: NS });
    expect(scale).toMatchObject({ kind: "Scale", apiVersion: "autoscaling/v1", spec: { replicas: 1 }, status: { selector: "a=b" } });
  });

  it("keeps an informer in sync across a 410 Expired", async () => {
    let lists = 0;
    const informer = makeInformer(kc, `/api/v1/namespaces/${NS}/configmaps`, () => {
      lists++;
      return core.listNamespacedConfigMap({ namespace: NS });
    });
    const added: string[] = [];
    informer.on("add", (cm) => added.push(cm.metadata?.name ?? ""));
    const errors: unknown[] = [];
    informer.on("error", (err) => errors.push(err));
    await informer.start();
    await core.createNamespacedConfigMap({ namespace: NS, body: { metadata: { name: "seen-live" } } });
    await eventually(() => added.includes("seen-live"), 10_000, "live add");

    // Versions move on elsewhere, history is compacted and the watch drops: the informer's
    // resume version is now too old, it gets 410 and lists again.
    await core.createNamespace({ body: { metadata: { name: "elsewhere" } } });
    cluster.compactHistory();
    cluster.closeWatches();
    await core.createNamespacedConfigMap({ namespace: NS, body: { metadata: { name: "after-410" } } });
    await eventually(() => added.includes("after-410"), 15_000, "add after relist");
    expect(lists).toBeGreaterThanOrEqual(2);
    expect(informer.list().map((c) => c.metadata?.name)).toContain("after-410");
    expect(errors).toEqual([]);
    await informer.stop();
  });
});
