// Wire behaviour clients depend on: discovery (legacy and aggregated), OpenAPI v3, Tables,
// watch semantics (replay, 410, bookmarks, selector transitions), paging, dry runs,
// generation and the status subresource.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, eventually, openWatch, startTestCluster, type TestCluster, type Doc } from "./harness";

const AGGREGATED = "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList,application/json";
const TABLE = "application/json;as=Table;v=v1;g=meta.k8s.io,application/json;as=Table;v=v1beta1;g=meta.k8s.io,application/json";

describe("API wire behaviour", () => {
  let cluster: TestCluster;
  const ns = "wire";
  const post = (path: string, body: unknown) => api(cluster, "POST", path, { body });

  beforeAll(async () => {
    cluster = await startTestCluster({ seed: "empty", bookmarkIntervalMs: 200 });
    await post("/api/v1/namespaces", { metadata: { name: ns } });
  });
  afterAll(() => cluster?.close());

  it("serves legacy discovery, and aggregated discovery only when asked", async () => {
    const legacy = await api(cluster, "GET", "/apis");
    expect(legacy.headers["content-type"]).toBe("application/json");
    expect(legacy.json<{ groups: Array<{ name: string }> }>().groups.map((g) => g.name)).toEqual(["apps", "batch", "networking.k8s.io", "policy", "autoscaling", "discovery.k8s.io", "metrics.k8s.io"]);
    const v1 = (await api(cluster, "GET", "/api/v1")).json<{ resources: Array<{ name: string; kind: string; group?: string }> }>();
    expect(v1.resources.map((r) => r.name)).toEqual(expect.arrayContaining(["pods", "pods/status", "pods/log", "pods/exec", "pods/attach", "namespaces/finalize", "events", "limitranges"]));
    const appsList = (await api(cluster, "GET", "/apis/apps/v1")).json<{ resources: Array<{ name: string; kind: string; group?: string; version?: string }> }>();
    expect(appsList.resources.find((r) => r.name === "deployments/scale")).toMatchObject({ kind: "Scale", group: "autoscaling", version: "v1" });

    const aggregated = await api(cluster, "GET", "/apis", { accept: AGGREGATED });
    expect(aggregated.headers["content-type"]).toBe("application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList");
    const apps = aggregated.json<{ items: Array<{ metadata: { name: string }; versions: Array<{ resources: Array<Doc> }> }> }>().items.find((i) => i.metadata.name === "apps")!;
    const deployments = apps.versions[0]!.resources.find((r) => r.resource === "deployments")!;
    expect(deployments).toMatchObject({ responseKind: { kind: "Deployment" }, scope: "Namespaced", singularResource: "deployment", shortNames: ["deploy"] });
    expect(deployments.subresources.map((s: { subresource: string }) => s.subresource)).toEqual(["status", "scale"]);
  });

  it("serves an OpenAPI v3 index whose documents carry fieldValidation for PATCH", async () => {
    const index = (await api(cluster, "GET", "/openapi/v3")).json<{ paths: Record<string, { serverRelativeURL: string }> }>();
    const url = index.paths["apis/apps/v1"]!.serverRelativeURL;
    expect(url).toMatch(/^\/openapi\/v3\/apis\/apps\/v1\?hash=[0-9A-F]+$/);
    const doc = (await api(cluster, "GET", url)).json<{ paths: Record<string, Doc> }>();
    const patch = doc.paths["/apis/apps/v1/namespaces/{namespace}/deployments/{name}"]!.patch;
    expect(patch["x-kubernetes-group-version-kind"]).toEqual({ group: "apps", version: "v1", kind: "Deployment" });
    expect(patch.parameters.map((p: { name: string }) => p.name)).toContain("fieldValidation");
  });

  it("answers Tables and PartialObjectMetadata when asked", async () => {
    await post(`/api/v1/namespaces/${ns}/configmaps`, { metadata: { name: "t", labels: { a: "b" } }, data: { x: "1", y: "2" } });
    const table = await api(cluster, "GET", `/api/v1/namespaces/${ns}/configmaps`, { accept: TABLE });
    expect(table.headers["content-type"]).toBe("application/json;as=Table;v=v1;g=meta.k8s.io");
    const body = table.json<{ kind: string; columnDefinitions: Array<{ name: string }>; rows: Array<{ cells: unknown[]; object: Doc }> }>();
    expect(body.kind).toBe("Table");
    expect(body.columnDefinitions.map((c) => c.name)).toEqual(["Name", "Data", "Age"]);
    const row = body.rows.find((r) => r.cells[0] === "t")!;
    expect(row.cells.slice(0, 2)).toEqual(["t", 2]);
    expect(row.object).toMatchObject({ kind: "PartialObjectMetadata", apiVersion: "meta.k8s.io/v1", metadata: { name: "t", labels: { a: "b" } } });
    const partial = await api(cluster, "GET", `/api/v1/namespaces/${ns}/configmaps/t`, { accept: "application/json;as=PartialObjectMetadata;g=meta.k8s.io;v=v1" });
    expect(partial.json()).toMatchObject({ kind: "PartialObjectMetadata", metadata: { name: "t" } });
    expect(partial.json()).not.toHaveProperty("data");
  });

  it("deletes collections by selector", async () => {
    for (const name of ["dc1", "dc2", "dc3"]) await post(`/api/v1/namespaces/${ns}/configmaps`, { metadata: { name, labels: { batch: name === "dc3" ? "keep" : "drop" } } });
    const deleted = await api(cluster, "DELETE", `/api/v1/namespaces/${ns}/configmaps?labelSelector=batch%3Ddrop`);
    expect(deleted.json<{ kind: string; items: Array<{ metadata: { name: string } }> }>()).toMatchObject({ kind: "ConfigMapList", items: [{ metadata: { name: "dc1" } }, { metadata: { name: "dc2" } }] });
    const left = (await api(cluster, "GET", `/api/v1/namespaces/${ns}/configmaps?labelSelector=batch`)).json<{ items: Array<{ metadata: { name: string } }> }>();
    expect(left.items.map((c) => c.metadata.name)).toEqual(["dc3"]);
  });

  it("pages with limit and continue", async () => {
    for (let i = 0; i < 5; i++) await post(`/api/v1/namespaces/${ns}/secrets`, { metadata: { name: `s${i}` }, stringData: { k: "v" } });
    const first = (await api(cluster, "GET", `/api/v1/namespaces/${ns}/secrets?limit=2`)).json<{ items: Array<{ metadata: { name: string } }>; metadata: { continue: string; remainingItemCount: number } }>();
    expect(first.items.map((s) => s.metadata.name)).toEqual(["s0", "s1"]);
    expect(first.metadata.remainingItemCount).toBe(3);
    const second = (await api(cluster, "GET", `/api/v1/namespaces/${ns}/secrets?limit=10&continue=${encodeURIComponent(first.metadata.continue)}`)).json<{ items: Array<{ metadata: { name: string }; data: Record<string, string> }>; metadata: Record<string, unknown> }>();
    expect(second.items.map((s) => s.metadata.name)).toEqual(["s2", "s3", "s4"]);
    expect(second.items[0]!.data).toEqual({ k: "dg==" });
    expect(second.metadata.continue).toBeUndefined();
  });

  it("replays watch history from a resourceVersion, reports selector transitions, bookmarks", async () => {
    const start = (await api(cluster, "GET", `/api/v1/namespaces/${ns}/configmaps`)).json<{ metadata: { resourceVersion: string } }>().metadata.resourceVersion;
    await post(`/api/v1/namespaces/${ns}/configmaps`, { metadata: { name: "w1", labels: { watch: "yes" } } });
    const w = openWatch(cluster, `/api/v1/namespaces/${ns}/configmaps?watch=true&resourceVersion=${start}&labelSelector=watch%3Dyes&allowWatchBookmarks=true`);
    await eventually(() => w.events.some((e) => e.type === "ADDED" && e.object.metadata.name === "w1"), 5000, "replayed ADDED");
    await api(cluster, "PATCH", `/api/v1/namespaces/${ns}/configmaps/w1`, { body: { metadata: { labels: { watch: "no" } } }, contentType: "application/merge-patch+json" });
    await eventually(() => w.events.some((e) => e.type === "DELETED" && e.object.metadata.name === "w1"), 5000, "DELETED on leaving the selector");
    await eventually(() => w.events.some((e) => e.type === "BOOKMARK"), 5000, "bookmark");
    const bookmark = w.events.find((e) => e.type === "BOOKMARK")!;
    expect(Object.keys(bookmark.object)).toEqual(["kind", "apiVersion", "metadata"]);
    expect(bookmark.object.kind).toBe("ConfigMap");
    w.close();
  });

  it("ends a watch from a compacted version with one 410 ERROR event", async () => {
    cluster.compactHistory();
    await post(`/api/v1/namespaces/${ns}/configmaps`, { metadata: { name: "after-compaction" } });
    const w = openWatch(cluster, `/api/v1/namespaces/${ns}/configmaps?watch=true&resourceVersion=2`);
    await w.ended;
    expect(w.events).toHaveLength(1);
    expect(w.events[0]).toMatchObject({ type: "ERROR", object: { kind: "Status", status: "Failure", reason: "Expired", code: 410 } });
    expect(w.events[0]!.object.message).toMatch(/^too old resource version: 2 \(\d+\)$/);
  });

  it("streams one-row Tables for kubectl get -w, the first with columns", async () => {
    const w = openWatch(cluster, `/api/v1/namespaces/${ns}/configmaps?watch=true`, TABLE);
    await eventually(() => w.events.length >= 2, 5000, "table events");
    expect(w.events[0]!.object).toMatchObject({ kind: "Table", columnDefinitions: [{ name: "Name" }, { name: "Data" }, { name: "Age" }] });
    expect(w.events[0]!.object.rows).toHaveLength(1);
    expect(w.events[1]!.object.columnDefinitions).toBeNull();
    w.close();
  });

  it("forces a namespace's finalizers away through namespaces/finalize", async () => {
    await post("/api/v1/namespaces", { metadata: { name: "stuck" } });
    await post("/api/v1/namespaces/stuck/configmaps", { metadata: { name: "c", finalizers: ["example.com/never"] } });
    const deleting = await api(cluster, "DELETE", "/api/v1/namespaces/stuck");
    expect(deleting.json()).toMatchObject({ status: { phase: "Terminating" } });
    const finalized = await api(cluster, "PUT", "/api/v1/namespaces/stuck/finalize", { body: { apiVersion: "v1", kind: "Namespace", metadata: { name: "stuck" }, spec: { finalizers: [] } } });
    expect(finalized.status).toBe(200);
    await eventually(async () => (await api(cluster, "GET", "/api/v1/namespaces/stuck")).status === 404, 5000, "namespace gone");
    // What is left keeps its finalizer, as etcd would keep it.
    expect((await api(cluster, "GET", "/api/v1/namespaces/stuck/configmaps/c")).json()).toMatchObject({ metadata: { finalizers: ["example.com/never"] } });
  });

  it("bumps generation on spec changes only, keeps status apart, honours dryRun and generateName", async () => {
    const deploy = { metadata: { generateName: "gen-" }, spec: { replicas: 0, selector: { matchLabels: { a: "b" } }, template: { metadata: { labels: { a: "b" } }, spec: { containers: [{ name: "c", image: "c:1" }] } } } };
    const dry = await api(cluster, "POST", `/apis/apps/v1/namespaces/${ns}/deployments?dryRun=All`, { body: deploy });
    expect(dry.status).toBe(201);
    expect((await api(cluster, "GET", `/apis/apps/v1/namespaces/${ns}/deployments`)).json<{ items: unknown[] }>().items).toHaveLength(0);
    const created = (await post(`/apis/apps/v1/namespaces/${ns}/deployments`, deploy)).json<{ metadata: { name: string; generation: number } }>();
    expect(created.metadata.name).toMatch(/^gen-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    expect(created.metadata.generation).toBe(1);
    const path = `/apis/apps/v1/namespaces/${ns}/deployments/${created.metadata.name}`;
    const merge = (body: unknown, sub = "") => api(cluster, "PATCH", path + sub, { body, contentType: "application/merge-patch+json" });
    expect((await merge({ metadata: { labels: { x: "y" } } })).json<{ metadata: { generation: number } }>().metadata.generation).toBe(1);
    expect((await merge({ spec: { replicas: 1 } })).json<{ metadata: { generation: number } }>().metadata.generation).toBe(2);
    expect((await merge({ status: { replicas: 99 } })).json<{ status: { replicas?: number } }>().status.replicas).not.toBe(99);
    const status = await merge({ status: { observedGeneration: 42 } }, "/status");
    expect(status.json<{ status: { observedGeneration: number }; metadata: { generation: number } }>()).toMatchObject({ status: { observedGeneration: 42 }, metadata: { generation: 2 } });
    const scaled = await api(cluster, "PATCH", `${path}/scale`, { body: { spec: { replicas: 3 } }, contentType: "application/merge-patch+json" });
    expect(scaled.json()).toMatchObject({ kind: "Scale", spec: { replicas: 3 }, status: { selector: "a=b" } });
  });
});
