// The simulated control plane: failure modes a portal must show, rolling updates within
// maxSurge/maxUnavailable, progress deadlines, scheduling, garbage collection, Jobs and
// StatefulSets, with the events kubectl describe lists.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, eventually, startTestCluster, type TestCluster, type Doc } from "./harness";

const NS = "ctl";

const deployment = (name: string, image: string, extra: Doc = {}, podSpec: Doc = {}) => ({
  metadata: { name },
  spec: {
    replicas: 1, selector: { matchLabels: { app: name } }, ...extra,
    template: { metadata: { labels: { app: name } }, spec: { containers: [{ name, image, resources: { requests: { cpu: "10m", memory: "16Mi" } } }], ...podSpec } },
  },
});

describe("controllers", () => {
  let cluster: TestCluster;
  const get = async (path: string) => (await api(cluster, "GET", path)).json<Doc>();
  const post = (path: string, body: unknown) => api(cluster, "POST", path, { body });
  const pods = async (app: string) => (await get(`/api/v1/namespaces/${NS}/pods?labelSelector=app%3D${app}`)).items as Doc[];
  const events = async (selector: string) => ((await get(`/api/v1/namespaces/${NS}/events?fieldSelector=${encodeURIComponent(selector)}`)).items as Doc[]);
  const reasons = async (selector: string) => new Set((await events(selector)).map((e) => e.reason as string));

  beforeAll(async () => {
    cluster = await startTestCluster({ seed: "empty", timeScale: 100 });
    await post("/api/v1/namespaces", { metadata: { name: NS } });
  });
  afterAll(() => cluster?.close());

  it("runs a pod through Scheduled, Pulling, Pulled, Created, Started to Ready", async () => {
    await post(`/apis/apps/v1/namespaces/${NS}/deployments`, deployment("ok", "registry.example.com/ok:1", {}, {}));
    const pod = await eventually(async () => (await pods("ok")).find((p) => p.status?.conditions?.some((c: Doc) => c.type === "Ready" && c.status === "True")), 10_000, "ready pod");
    const status = pod.status.containerStatuses[0];
    expect(status).toMatchObject({ name: "ok", ready: true, started: true, restartCount: 0, image: "registry.example.com/ok:1", state: { running: {} } });
    expect(status.imageID).toMatch(/^registry\.example\.com\/ok@sha256:/);
    expect(status.containerID).toMatch(/^containerd:\/\/[0-9a-f]{64}$/);
    expect(pod.status).toMatchObject({ phase: "Running", qosClass: "Burstable" });
    expect(pod.status.podIP).toMatch(/^10\.244\.\d+\.\d+$/);
    const seen = await reasons(`involvedObject.name=${pod.metadata.name}`);
    expect([...seen].sort()).toEqual(["Created", "Pulled", "Pulling", "Scheduled", "Started"]);
    expect(await reasons("involvedObject.kind=Deployment,involvedObject.name=ok")).toEqual(new Set(["ScalingReplicaSet"]));
  });

  it("crash-loops images tagged crashloop, with growing restarts and BackOff events", async () => {
    await post(`/apis/apps/v1/namespaces/${NS}/deployments`, deployment("crash", "registry.example.com/crash:crashloop-1"));
    const pod = await eventually(async () => (await pods("crash")).find((p) => p.status?.containerStatuses?.[0]?.restartCount >= 2 && p.status.containerStatuses[0].state.waiting), 20_000, "crash loop");
    const status = pod.status.containerStatuses[0];
    expect(status.state.waiting).toMatchObject({ reason: "CrashLoopBackOff" });
    expect(status.state.waiting.message).toMatch(/^back-off \d+s restarting failed container=crash pod=crash-\S+_ctl\(/);
    expect(status.lastState.terminated).toMatchObject({ exitCode: 1, reason: "Error" });
    expect(pod.status.phase).toBe("Running");
    expect(await reasons(`involvedObject.name=${pod.metadata.name},type=Warning`)).toEqual(new Set(["BackOff"]));
  });

  it("fails pulls of images containing missing, then passes the progress deadline", async () => {
    await post(`/apis/apps/v1/namespaces/${NS}/deployments`, deployment("gone", "registry.example.com/missing:1", { progressDeadlineSeconds: 30 }));
    const pod = await eventually(async () => (await pods("gone")).find((p) => p.status?.containerStatuses?.[0]?.state?.waiting?.reason === "ImagePullBackOff"), 10_000, "ImagePullBackOff");
    expect(pod.status.phase).toBe("Pending");
    const failed = (await events(`involvedObject.name=${pod.metadata.name},reason=Failed`)).map((e) => e.message as string);
    expect(failed).toEqual(expect.arrayContaining(["Error: ErrImagePull", "Error: ImagePullBackOff"]));
    expect(failed.some((m) => m.startsWith('Failed to pull image "registry.example.com/missing:1"'))).toBe(true);
    const d = await eventually(async () => {
      const obj = await get(`/apis/apps/v1/namespaces/${NS}/deployments/gone`);
      return obj.status?.conditions?.some((c: Doc) => c.reason === "ProgressDeadlineExceeded") ? obj : undefined;
    }, 10_000, "ProgressDeadlineExceeded");
    expect(d.status.conditions.find((c: Doc) => c.type === "Progressing")).toMatchObject({ status: "False", message: expect.stringMatching(/^ReplicaSet "gone-\w+" has timed out progressing\.$/) });
    expect(d.status.conditions.find((c: Doc) => c.type === "Available")).toMatchObject({ status: "False", reason: "MinimumReplicasUnavailable" });
  });

  it("leaves pods that fit no node Pending with FailedScheduling", async () => {
    await post(`/api/v1/namespaces/${NS}/pods`, { metadata: { name: "huge", labels: { app: "huge" } }, spec: { containers: [{ name: "c", image: "c:1", resources: { requests: { cpu: "100" } } }] } });
    const pod = await eventually(async () => (await pods("huge")).find((p) => p.status?.conditions?.some((c: Doc) => c.reason === "Unschedulable")), 5000, "unschedulable");
    const message = "0/3 nodes are available: 3 Insufficient cpu. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.";
    expect(pod.status.conditions[0]).toMatchObject({ type: "PodScheduled", status: "False", reason: "Unschedulable", message });
    expect(pod.status.phase).toBe("Pending");
    expect((await events("involvedObject.name=huge"))[0]).toMatchObject({ type: "Warning", reason: "FailedScheduling", message });
  });

  it("rolls out within maxSurge and maxUnavailable", async () => {
    await post(`/apis/apps/v1/namespaces/${NS}/deployments`, deployment("roll", "roll:1", { replicas: 4, strategy: { type: "RollingUpdate", rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } } }));
    await eventually(async () => (await get(`/apis/apps/v1/namespaces/${NS}/deployments/roll`)).status?.availableReplicas === 4, 10_000, "first rollout");
    let maxTotal = 0;
    let minAvailable = Infinity;
    const stop = cluster.context.store.subscribe((event) => {
      if (event.resource !== "replicasets.apps" || event.object.namespace !== NS || !event.object.name.startsWith("roll-")) return;
      const rss = cluster.context.store.list("replicasets.apps", NS).filter((s) => s.name.startsWith("roll-")).map((s) => s.object as Doc);
      maxTotal = Math.max(maxTotal, rss.reduce((n, rs) => n + rs.spec.replicas, 0));
      minAvailable = Math.min(minAvailable, rss.reduce((n, rs) => n + (rs.status?.availableReplicas ?? 0), 0));
    });
    await api(cluster, "PATCH", `/apis/apps/v1/namespaces/${NS}/deployments/roll`, { body: { spec: { template: { spec: { containers: [{ name: "roll", image: "roll:2" }] } } } }, contentType: "application/strategic-merge-patch+json" });
    const done = await eventually(async () => {
      const d = await get(`/apis/apps/v1/namespaces/${NS}/deployments/roll`);
      return d.status?.updatedReplicas === 4 && d.status.availableReplicas === 4 && d.status.replicas === 4 && d.status.observedGeneration === 2 ? d : undefined;
    }, 15_000, "second rollout");
    stop();
    expect(maxTotal).toBe(5);
    expect(minAvailable).toBeGreaterThanOrEqual(4);
    expect(done.status.conditions.find((c: Doc) => c.type === "Progressing").reason).toBe("NewReplicaSetAvailable");
    const scaling = (await events("involvedObject.name=roll,reason=ScalingReplicaSet")).map((e) => e.message as string);
    expect(scaling).toContainEqual(expect.stringMatching(/^Scaled down replica set roll-\w+ from 4 to 3$/));
  });

  it("holds a paused Deployment's template changes until it is resumed", async () => {
    const path = `/apis/apps/v1/namespaces/${NS}/deployments/paused`;
    const patch = (body: unknown) => api(cluster, "PATCH", path, { body, contentType: "application/strategic-merge-patch+json" });
    await post(`/apis/apps/v1/namespaces/${NS}/deployments`, deployment("paused", "p:1"));
    await eventually(async () => (await get(path)).status?.availableReplicas === 1, 10_000, "first rollout");
    await patch({ spec: { paused: true } });
    await patch({ spec: { template: { spec: { containers: [{ name: "paused", image: "p:2" }] } } } });
    const held = await eventually(async () => {
      const d = await get(path);
      return d.status?.conditions?.some((c: Doc) => c.reason === "DeploymentPaused") ? d : undefined;
    }, 5000, "paused condition");
    expect(held.status.conditions.find((c: Doc) => c.type === "Progressing")).toMatchObject({ status: "Unknown", message: "Deployment is paused" });
    expect((await get(`/apis/apps/v1/namespaces/${NS}/replicasets?labelSelector=app%3Dpaused`)).items).toHaveLength(1);
    await patch({ spec: { paused: false } });
    await eventually(async () => {
      const d = await get(path);
      return d.status?.updatedReplicas === 1 && d.status.conditions?.some((c: Doc) => c.reason === "NewReplicaSetAvailable") && d.metadata.annotations["deployment.kubernetes.io/revision"] === "2";
    }, 10_000, "rollout after resume");
  });

  it("collects garbage: background, orphan and foreground", async () => {
    await post(`/apis/apps/v1/namespaces/${NS}/deployments`, deployment("gc", "gc:1", { replicas: 2 }));
    await eventually(async () => (await pods("gc")).length === 2, 10_000, "gc pods");
    const rs = (await get(`/apis/apps/v1/namespaces/${NS}/replicasets?labelSelector=app%3Dgc`)).items[0] as Doc;
    const before = (await pods("gc")).map((p) => p.metadata.name).sort();
    const orphaning = await api(cluster, "DELETE", `/apis/apps/v1/namespaces/${NS}/replicasets/${rs.metadata.name}`, { body: { propagationPolicy: "Orphan" } });
    expect(orphaning.json()).toMatchObject({ metadata: { finalizers: ["orphan"] } });
    // The pods outlive their ReplicaSet; the Deployment's next ReplicaSet adopts them.
    const adopted = await eventually(async () => {
      const list = await pods("gc");
      const owners = new Set(list.map((p) => p.metadata.ownerReferences?.[0]?.uid));
      return list.length === 2 && owners.size === 1 && !owners.has(rs.metadata.uid) && !owners.has(undefined) ? list : undefined;
    }, 10_000, "adoption of orphans");
    expect(adopted.map((p) => p.metadata.name).sort()).toEqual(before);

    const fg = await api(cluster, "DELETE", `/apis/apps/v1/namespaces/${NS}/deployments/gc`, { body: { propagationPolicy: "Foreground" } });
    expect(fg.json()).toMatchObject({ metadata: { finalizers: ["foregroundDeletion"] } });
    await eventually(async () => (await api(cluster, "GET", `/apis/apps/v1/namespaces/${NS}/deployments/gc`)).status === 404, 10_000, "foreground deletion");
    expect((await get(`/apis/apps/v1/namespaces/${NS}/replicasets?labelSelector=app%3Dgc`)).items).toEqual([]);

    await api(cluster, "DELETE", `/apis/apps/v1/namespaces/${NS}/deployments/ok`);
    await eventually(async () => (await pods("ok")).length === 0, 10_000, "background deletion of pods");
  });

  it("runs Jobs to completion or failure and StatefulSets in order", async () => {
    const job = (name: string, image: string, extra: Doc = {}) => ({ metadata: { name }, spec: { completions: 2, backoffLimit: 1, ...extra, template: { spec: { restartPolicy: "Never", containers: [{ name: "j", image }] } } } });
    await post(`/apis/batch/v1/namespaces/${NS}/jobs`, job("done", "job:1"));
    await post(`/apis/batch/v1/namespaces/${NS}/jobs`, job("fails", "job:fail"));
    const done = await eventually(async () => {
      const j = await get(`/apis/batch/v1/namespaces/${NS}/jobs/done`);
      return j.status?.conditions?.some((c: Doc) => c.type === "Complete") ? j : undefined;
    }, 15_000, "job complete");
    expect(done.status).toMatchObject({ succeeded: 2 });
    expect(done.spec.selector.matchLabels["batch.kubernetes.io/controller-uid"]).toBe(done.metadata.uid);
    const failed = await eventually(async () => {
      const j = await get(`/apis/batch/v1/namespaces/${NS}/jobs/fails`);
      return j.status?.conditions?.some((c: Doc) => c.type === "Failed") ? j : undefined;
    }, 15_000, "job failed");
    expect(failed.status.conditions.find((c: Doc) => c.type === "Failed").reason).toBe("BackoffLimitExceeded");

    await post(`/apis/apps/v1/namespaces/${NS}/statefulsets`, { metadata: { name: "db" }, spec: { replicas: 3, serviceName: "db", selector: { matchLabels: { app: "db" } }, template: { metadata: { labels: { app: "db" } }, spec: { containers: [{ name: "db", image: "db:1" }] } } } });
    const sts = await eventually(async () => {
      const s = await get(`/apis/apps/v1/namespaces/${NS}/statefulsets/db`);
      return s.status?.readyReplicas === 3 ? s : undefined;
    }, 15_000, "statefulset ready");
    expect(sts.status.currentRevision).toMatch(/^db-\w+$/);
    const names = (await pods("db")).map((p) => p.metadata.name).sort();
    expect(names).toEqual(["db-0", "db-1", "db-2"]);
    const created = (await events("involvedObject.name=db,reason=SuccessfulCreate")).map((e) => e.message);
    expect(created).toEqual(["create Pod db-0 in StatefulSet db successful", "create Pod db-1 in StatefulSet db successful", "create Pod db-2 in StatefulSet db successful"]);
  });
});
