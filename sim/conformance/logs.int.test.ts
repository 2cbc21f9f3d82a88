// pods/log against the demo seed: kubectl logs (--tail, -f, --previous, --since, --timestamps,
// --limit-bytes), client-node's Log (with a follow stream aborted cleanly), and the apiserver's
// and kubelet's errors (container selection, no previous container, waiting containers).
import { PassThrough, type Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { KubeConfig, Log } from "@kubernetes/client-node";
import { branchSlug } from "../seed/conventions";
import { api, eventually, kubectl, kubectlOk, kubectlSkipReason, kubectlSpawn, startTestCluster, type Doc, type TestCluster } from "./harness";

const main = branchSlug("main");
const crashing = branchSlug("fix/billing-rounding");
const RAILS_LINE = /^(I, \[\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6} #1\]  INFO -- : \[[0-9a-f-]{36}\] (Started|Processing|Completed|  Parameters)|F, |\[[0-9a-f-]{36}\]|\[1\] PumaWorkerKiller)/;

describe("container logs", () => {
  let cluster: TestCluster;
  const podOf = async (ns: string, app: string): Promise<string> =>
    (await api(cluster, "GET", `/api/v1/namespaces/${ns}/pods?labelSelector=app.kubernetes.io%2Fname%3D${app}`)).json<Doc>().items[0].metadata.name;
  const create = async (ns: string, pod: Doc) => {
    const r = await api(cluster, "POST", `/api/v1/namespaces/${ns}/pods`, { body: pod });
    expect(r.status).toBe(201);
  };

  beforeAll(async () => {
    cluster = await startTestCluster({ seed: "demo", name: "staging" });
    await api(cluster, "POST", "/api/v1/namespaces", { body: { metadata: { name: "logs" } } });
    await create("logs", { metadata: { name: "multi" }, spec: { containers: [{ name: "app", image: "registry.example.com/app:1" }, { name: "sidecar", image: "nginx:1.27" }] } });
    await create("logs", { metadata: { name: "pulling" }, spec: { containers: [{ name: "app", image: "registry.example.com/missing:1" }] } });
    await create("logs", {
      metadata: { name: "leaky", annotations: { "sim.pier.dev/usage-profile": "leak memory=40Mi period=2m" } },
      spec: { containers: [{ name: "leaky", image: "registry.example.com/leaky:1", resources: { limits: { memory: "64Mi" } } }] },
    });
  });
  afterAll(() => cluster?.close());

  describe.skipIf(kubectlSkipReason !== undefined)(`through kubectl ${kubectlSkipReason ?? ""}`, () => {
    it("prints the last lines with --tail, nginx access logs with --timestamps", async () => {
      const tail = (await kubectlOk(cluster, ["logs", "-n", main, "deploy/learn", "--tail=5"])).trimEnd().split("\n");
      expect(tail).toHaveLength(5);
      for (const line of tail) expect(line).toMatch(RAILS_LINE);
      const nginx = (await kubectlOk(cluster, ["logs", "-n", main, "deploy/nginx", "--tail=3", "--timestamps"])).trimEnd().split("\n");
      expect(nginx).toHaveLength(3);
      for (const line of nginx) expect(line).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,9})?Z \d+\.\d+\.\d+\.\d+ - - \[[^\]]+\] "[A-Z]+ \S+ HTTP\/1\.1" \d{3} \d+ "[^"]*" "[^"]+"$/);
    });

    it("cuts by --since and --limit-bytes", async () => {
      const since = (await kubectlOk(cluster, ["logs", "-n", main, "deploy/nginx", "--since=5s", "--timestamps"])).trimEnd().split("\n");
      for (const line of since) expect(Date.now() - Date.parse(line.split(" ")[0]!)).toBeLessThan(6000);
      const limited = await kubectlOk(cluster, ["logs", "-n", main, "deploy/learn", "--limit-bytes=100"]);
      expect(Buffer.byteLength(limited)).toBe(100);
    });

    it("follows with -f: new lines appear as simulated time passes", async () => {
      const follow = kubectlSpawn(cluster, ["logs", "-f", "-n", main, "deploy/nginx", "--tail=0"]);
      await eventually(() => follow.output().trimEnd().split("\n").length >= 5, 10_000, "followed lines");
      follow.stop();
      await follow.exited;
      for (const line of follow.output().trimEnd().split("\n")) expect(line).toMatch(/" \d{3} \d+ "/);
    });

    it("shows the crash of a crash-looping container, and --previous only where there was one", async () => {
      const pod = await podOf(crashing, "billing");
      for (const args of [[], ["--previous"]]) {
        const out = await kubectlOk(cluster, ["logs", "-n", crashing, pod, ...args]);
        expect(out).toMatch(/^=> Booting Puma\n/);
        expect(out).toContain("uninitialized constant Billing::RoundingPolicy (NameError)");
      }
      const learn = await podOf(main, "learn");
      const none = await kubectl(cluster, ["logs", "-n", main, learn, "--previous"]);
      expect(none.code).toBe(1);
      expect(none.stderr).toContain(`previous terminated container "learn" in pod "${learn}" not found`);
    });

    it("gives the previous run of an OOM-killed container, ending where it was killed", async () => {
      await eventually(async () => (await api(cluster, "GET", "/api/v1/namespaces/logs/pods/leaky")).json<Doc>().status.containerStatuses[0].lastState.terminated?.reason === "OOMKilled", 15_000, "an OOM kill");
      const previous = (await kubectlOk(cluster, ["logs", "-n", "logs", "leaky", "--previous"])).trimEnd().split("\n");
      expect(previous[0]).toBe("=> Booting Puma");
      expect(previous.some((l) => l.startsWith("[1] PumaWorkerKiller: Consuming"))).toBe(true);
      expect(previous[previous.length - 1]).toMatch(RAILS_LINE);
    });
  });

  it("selects containers like the apiserver and reports waiting ones like the kubelet", async () => {
    await eventually(async () => (await api(cluster, "GET", "/api/v1/namespaces/logs/pods/multi")).json<Doc>().status.phase === "Running", 10_000, "multi running");
    const get = async (path: string) => (await api(cluster, "GET", `/api/v1/namespaces/logs/pods/${path}`)).json<Doc>();
    expect(await get("multi/log")).toMatchObject({ code: 400, reason: "BadRequest", message: "a container name must be specified for pod multi, choose one of: [app sidecar]" });
    expect(await get("multi/log?container=nope")).toMatchObject({ code: 400, message: "container nope is not valid for pod multi" });
    expect(await get("nope/log")).toMatchObject({ code: 404, message: 'pods "nope" not found' });
    expect(await get("multi/log?tailLines=-1")).toMatchObject({ code: 422, reason: "Invalid", message: 'PodLogOptions "multi" is invalid: tailLines: Invalid value: -1: must be greater than or equal to 0' });
    const sidecar = await api(cluster, "GET", "/api/v1/namespaces/logs/pods/multi/log?container=sidecar&tailLines=100");
    expect(sidecar.headers["content-type"]).toBe("text/plain");
    expect(sidecar.text).toContain("[notice] 1#1: start worker processes");
    await eventually(async () => (await get("pulling")).status.containerStatuses?.[0]?.state.waiting?.reason === "ImagePullBackOff", 10_000, "image pull back-off");
    expect(await get("pulling/log")).toMatchObject({ code: 400, message: 'container "app" in pod "pulling" is waiting to start: trying and failing to pull image' });
  });

  it("ends a follow stream when the container is killed", async () => {
    const started = Date.now();
    const r = await api(cluster, "GET", "/api/v1/namespaces/logs/pods/leaky/log?follow=true&tailLines=1");
    expect(r.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it("serves client-node's Log, including a follow stream it aborts", async () => {
    const kc = new KubeConfig();
    kc.loadFromString(cluster.kubeconfig);
    const log = new Log(kc);
    const pod = await podOf(main, "learn");
    const collect = (stream: PassThrough) => {
      let text = "";
      stream.on("data", (d: Buffer) => (text += d.toString()));
      return () => text;
    };
    const tail = new PassThrough();
    const tailText = collect(tail);
    await log.log(main, pod, "learn", tail, { tailLines: 3, timestamps: true });
    await eventually(() => tailText().split("\n").filter(Boolean).length === 3, 5_000, "three lines");

    // Aborting a follow makes the fetch body fail with an AbortError on the stream client-node
    // pipes from; it reaches no listener unless the caller attaches one through the pipe event.
    const follow = new PassThrough();
    const aborted: Error[] = [];
    follow.on("pipe", (source: Readable) => source.on("error", (err) => aborted.push(err)));
    const followText = collect(follow);
    const controller = await log.log(main, pod, "learn", follow, { follow: true, tailLines: 0 });
    await eventually(() => followText().includes("Started "), 10_000, "followed request lines");
    controller.abort();
    await eventually(() => aborted.length === 1, 5_000, "the abort reported");
    expect(aborted[0]!.name).toBe("AbortError");
  });
});
