// Usage against the demo seed: metrics.k8s.io as kubectl top and client-node read it, the
// /sim/usage history contract, /metrics/cadvisor scraped by a real Prometheus, and OOM kills
// visible through kubectl.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CoreV1Api, KubeConfig, Metrics, topPods } from "@kubernetes/client-node";
import { branchSlug } from "../seed/conventions";
import { api, kubectl, kubectlOk, kubectlSkipReason, startTestCluster, type Doc, type TestCluster } from "./harness";
import { prometheusSkipReason, startPrometheus, type Prometheus } from "./prometheus";

const MiB = 2 ** 20;
const main = branchSlug("main");
const checkout = branchSlug("feature/video-checkout");
const cores = (q: string) => Number(q.replace(/n$/, "")) / 1e9;
const bytes = (q: string) => Number(q.replace(/Ki$/, "")) * 1024;

describe("usage and metrics", () => {
  let cluster: TestCluster;
  let prometheus: Prometheus | undefined;
  const podNamed = async (ns: string, app: string): Promise<string> =>
    (await api(cluster, "GET", `/api/v1/namespaces/${ns}/pods?labelSelector=app.kubernetes.io%2Fname%3D${app}`)).json<Doc>().items[0].metadata.name;

  beforeAll(async () => {
    cluster = await startTestCluster({ seed: "demo", name: "staging" });
    if (prometheusSkipReason === undefined) prometheus = await startPrometheus(cluster);
  });
  afterAll(async () => {
    await prometheus?.stop();
    await cluster?.close();
  });

  it("serves metrics.k8s.io: PodMetrics and NodeMetrics with integer quantities", async () => {
    const groups = (await api(cluster, "GET", "/apis")).json<Doc>().groups;
    expect(groups).toContainEqual({ name: "metrics.k8s.io", versions: [{ groupVersion: "metrics.k8s.io/v1beta1", version: "v1beta1" }], preferredVersion: { groupVersion: "metrics.k8s.io/v1beta1", version: "v1beta1" } });
    const list = (await api(cluster, "GET", `/apis/metrics.k8s.io/v1beta1/namespaces/${main}/pods`)).json<Doc>();
    expect(list).toMatchObject({ kind: "PodMetricsList", apiVersion: "metrics.k8s.io/v1beta1" });
    expect(list.items).toHaveLength(6);
    for (const item of list.items) {
      expect(item).toMatchObject({ metadata: { namespace: main }, window: "30s", timestamp: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/) });
      expect(item.containers[0].usage.cpu).toMatch(/^\d+n$/);
      expect(item.containers[0].usage.memory).toMatch(/^\d+Ki$/);
    }
    const billing = list.items.find((i: Doc) => i.metadata.labels["app.kubernetes.io/name"] === "billing");
    expect(cores(billing.containers[0].usage.cpu)).toBeGreaterThan(0.02);
    expect(cores(billing.containers[0].usage.cpu)).toBeLessThan(0.04);
    expect(bytes(billing.containers[0].usage.memory) / MiB).toBeCloseTo(210, -1);

    // Only pods with a running container have metrics (not the crash-looping billing).
    const running = (await api(cluster, "GET", "/api/v1/pods")).json<Doc>().items.filter((p: Doc) => p.status.containerStatuses.some((c: Doc) => c.state.running));
    const all = (await api(cluster, "GET", "/apis/metrics.k8s.io/v1beta1/pods")).json<Doc>().items;
    expect(all.length).toBeGreaterThanOrEqual(running.length - 1);
    expect(all.length).toBeLessThanOrEqual(29);
    const selected = (await api(cluster, "GET", "/apis/metrics.k8s.io/v1beta1/pods?labelSelector=app.kubernetes.io%2Fname%3Dlearn")).json<Doc>();
    expect(selected.items).toHaveLength(5);
    const one = (await api(cluster, "GET", `/apis/metrics.k8s.io/v1beta1/namespaces/${main}/pods/${billing.metadata.name}`)).json<Doc>();
    expect(one).toMatchObject({ kind: "PodMetrics", metadata: { name: billing.metadata.name } });
    expect((await api(cluster, "GET", `/apis/metrics.k8s.io/v1beta1/namespaces/${main}/pods/nope`)).json()).toMatchObject({ code: 404, reason: "NotFound", message: `podmetrics.metrics.k8s.io "${main}/nope" not found` });
    expect((await api(cluster, "GET", "/apis/metrics.k8s.io/v1beta1/pods?watch=true")).status).toBe(405);

    const nodes = (await api(cluster, "GET", "/apis/metrics.k8s.io/v1beta1/nodes")).json<Doc>();
    expect(nodes).toMatchObject({ kind: "NodeMetricsList" });
    expect(nodes.items).toHaveLength(3);
    const podTotal = (await api(cluster, "GET", "/apis/metrics.k8s.io/v1beta1/pods")).json<Doc>().items
      .flatMap((p: Doc) => p.containers).reduce((sum: number, c: Doc) => sum + cores(c.usage.cpu), 0);
    const nodeTotal = nodes.items.reduce((sum: number, n: Doc) => sum + cores(n.usage.cpu), 0);
    expect(nodeTotal).toBeGreaterThan(podTotal);
  });

  it.skipIf(kubectlSkipReason !== undefined)("answers kubectl top pod and top node", async () => {
    const pods = await kubectlOk(cluster, ["top", "pod", "-n", main]);
    const lines = pods.trim().split("\n").map((l) => l.trimEnd());
    expect(lines[0]).toMatch(/^NAME\s+CPU\(cores\)\s+MEMORY\(bytes\)$/);
    expect(lines).toHaveLength(7);
    expect(pods).toMatch(/billing-\S+\s+(2[6-9]|3[0-4])m\s+(20[4-9]|21\d)Mi/);
    expect(pods).toMatch(/backoffice-\S+\s+[0-3]m\s+\d+Mi/);
    const containers = (await kubectlOk(cluster, ["top", "pod", "-n", main, "--containers", "-l", "app.kubernetes.io/name=nginx"])).replace(/ +$/gm, "");
    expect(containers).toMatch(/^POD\s+NAME\s+CPU\(cores\)\s+MEMORY\(bytes\)\n\S+\s+nginx\s+\d+m\s+\d+Mi/);
    const nodes = await kubectlOk(cluster, ["top", "node"]);
    expect(nodes.split("\n")[0]!.trimEnd()).toMatch(/^NAME\s+CPU\(cores\)\s+CPU\(%\)\s+MEMORY\(bytes\)\s+MEMORY\(%\)$/);
    expect(nodes).toMatch(/staging-pool-a-a\s+\d+m\s+\d+%\s+\d+Mi\s+\d+%/);
  });

  it("reads metrics through client-node (Metrics, topPods)", async () => {
    const kc = new KubeConfig();
    kc.loadFromString(cluster.kubeconfig);
    const metrics = new Metrics(kc);
    const pods = await metrics.getPodMetrics(main);
    expect(pods.items).toHaveLength(6);
    expect((await metrics.getNodeMetrics()).items).toHaveLength(3);
    const top = await topPods(kc.makeApiClient(CoreV1Api), metrics, main);
    const videoPayment = top.find((p) => p.Pod.metadata?.name?.startsWith("video-payment"))!;
    // Near its limits: 170m of 200m CPU, 170Mi of 192Mi.
    expect(Number(videoPayment.CPU.CurrentUsage)).toBeGreaterThan(0.14);
    expect(Number(videoPayment.CPU.LimitTotal)).toBe(0.2);
    expect(Number(videoPayment.Memory.CurrentUsage) / MiB).toBeGreaterThan(160);
  });

  it("serves /sim/usage: any past range of a pod's or a workload's profile", async () => {
    const to = Math.floor(Date.now() / 1000);
    const history = (await api(cluster, "GET", `/sim/usage?namespace=${main}&workload=billing&from=${to - 3600}&to=${to}&step=60`)).json<Doc>();
    expect(history).toMatchObject({ kind: "UsageHistory", apiVersion: "sim.pier.dev/v1", namespace: main, workload: "billing", stepSeconds: 60 });
    const [billing] = history.containers;
    expect(billing).toMatchObject({ name: "billing", profile: "steady", requests: { cpu: "500m", memory: "1Gi" }, limits: { cpu: "2", memory: "4Gi" }, oomKills: [] });
    expect(billing.points).toHaveLength(61);
    expect(billing.points[0]).toEqual({ time: new Date((to - 3600) * 1000).toISOString().replace(".000", ""), cpuCores: expect.any(Number), memoryBytes: expect.any(Number) });
    for (const p of billing.points) {
      expect(p.cpuCores).toBeGreaterThan(0.025);
      expect(p.cpuCores).toBeLessThan(0.035);
    }
    const podName = await podNamed(main, "billing");
    const week = (await api(cluster, "GET", `/sim/usage?namespace=${main}&pod=${podName}&container=billing&from=${new Date((to - 7 * 86400) * 1000).toISOString()}&step=1h`)).json<Doc>();
    expect(week.containers[0].points).toHaveLength(7 * 24 + 1);

    const leaky = (await api(cluster, "GET", `/sim/usage?namespace=${checkout}&workload=video-payment&from=${to - 600}&to=${to}&step=5s`)).json<Doc>().containers[0];
    expect(leaky.profile).toBe("leak");
    expect(leaky.oomKills.length).toBeGreaterThan(10);
    const memory = leaky.points.map((p: Doc) => p.memoryBytes);
    expect(Math.max(...memory)).toBeLessThanOrEqual(192 * MiB);
    expect(Math.min(...memory)).toBeLessThan(120 * MiB);

    const bad = async (query: string) => (await api(cluster, "GET", `/sim/usage?${query}`)).json<Doc>();
    expect(await bad(`workload=billing`)).toMatchObject({ code: 400, message: "give namespace and exactly one of pod or workload" });
    expect(await bad(`namespace=${main}&workload=billing&pod=x`)).toMatchObject({ code: 400 });
    expect(await bad(`namespace=${main}&workload=billing&step=0`)).toMatchObject({ code: 400, message: expect.stringContaining("invalid step") });
    expect(await bad(`namespace=${main}&workload=billing&from=0&step=1`)).toMatchObject({ code: 400, message: expect.stringContaining("exceed the maximum") });
    expect(await bad(`namespace=${main}&pod=nope`)).toMatchObject({ code: 404, message: 'pods "nope" not found' });
    expect(await bad(`namespace=${main}&workload=billing&container=sidecar`)).toMatchObject({ code: 400 });
    expect((await api(cluster, "GET", `/sim/usage?namespace=${main}&workload=billing`, { token: null })).status).toBe(401);
  });

  it("serves /metrics/cadvisor with cAdvisor's names and labels, only with the token", async () => {
    expect((await api(cluster, "GET", "/metrics/cadvisor", { token: null })).status).toBe(401);
    const first = await api(cluster, "GET", "/metrics/cadvisor");
    expect(first.headers["content-type"]).toBe("text/plain; version=0.0.4; charset=utf-8");
    expect(first.text).toContain("# TYPE container_cpu_usage_seconds_total counter\n");
    expect(first.text).toContain("# TYPE container_memory_working_set_bytes gauge\n");
    const line = new RegExp(`^container_cpu_usage_seconds_total\\{container="billing",id="/kubepods/burstable/pod[0-9a-f-]+/[0-9a-f]{64}",image="registry\\.example\\.com/billing:[0-9a-f]{12}",name="[0-9a-f]{64}",namespace="${main}",pod="billing-[^"]+",cpu="total"\\} ([\\d.]+) \\d{13}$`, "m");
    const before = Number(line.exec(first.text)![1]);
    await new Promise((r) => setTimeout(r, 1100));
    const after = Number(line.exec((await api(cluster, "GET", "/metrics/cadvisor")).text)![1]);
    expect(after).toBeGreaterThan(before);
    expect(first.text).toMatch(new RegExp(`^container_memory_working_set_bytes\\{container="video-payment",[^}]*namespace="${main}"[^}]*\\} \\d+ \\d{13}$`, "m"));
  });

  it.skipIf(kubectlSkipReason !== undefined)("shows OOM kills through kubectl: OOMKilled, CrashLoopBackOff, restarts, Last State", async () => {
    const seeded = await kubectlOk(cluster, ["get", "pods", "-n", checkout, "-l", "app.kubernetes.io/name=video-payment", "--no-headers"]);
    expect(Number(/\s(\d+) \(/.exec(seeded)![1])).toBeGreaterThanOrEqual(4);
    const namespace = { apiVersion: "v1", kind: "Namespace", metadata: { name: "oom-demo" } };
    const leaky = {
      apiVersion: "apps/v1", kind: "Deployment", metadata: { name: "leaky", namespace: "oom-demo" },
      spec: {
        selector: { matchLabels: { app: "leaky" } },
        template: {
          metadata: { labels: { app: "leaky" }, annotations: { "sim.pier.dev/usage-profile": "leak memory=40Mi period=2m" } },
          spec: { containers: [{ name: "leaky", image: "registry.example.com/leaky:1", resources: { requests: { memory: "48Mi" }, limits: { memory: "64Mi" } } }] },
        },
      },
    };
    for (const manifest of [namespace, leaky]) await kubectlOk(cluster, ["apply", "-f", "-"], JSON.stringify(manifest));
    const watch = await kubectl(cluster, ["get", "pods", "-n", "oom-demo", "-w", "--request-timeout=9s"], undefined, 15_000);
    expect(watch.stdout).toMatch(/leaky-\S+\s+0\/1\s+OOMKilled\s+\d/);
    expect(watch.stdout).toMatch(/leaky-\S+\s+0\/1\s+CrashLoopBackOff\s+[1-9]/);
    const describe = await kubectlOk(cluster, ["describe", "pods", "-n", "oom-demo"]);
    expect(describe).toMatch(/Last State:\s+Terminated\s+Reason:\s+OOMKilled\s+Exit Code:\s+137/);
    expect(describe).toMatch(/Restart Count:\s+[2-9]/);
    expect(describe).toMatch(/Warning\s+OOMKilling\s+.*Memory cgroup out of memory: Killed process \d+ \(leaky\)/);
    expect(describe).toMatch(/Warning\s+BackOff\s+.*Back-off restarting failed container leaky/);
  });
  // Last, so that Prometheus (started with the cluster) has scraped for a full minute: rate()
  // over [1m] divides by the whole window, so a younger series reads low.
  it.skipIf(prometheusSkipReason !== undefined)(`is scraped by Prometheus: rate(container_cpu_usage_seconds_total[1m]) gives the profile's CPU ${prometheusSkipReason ?? ""}`, async () => {
    const selector = `container_cpu_usage_seconds_total{namespace="${main}"}`;
    // Scraped every second: 62 samples span more than the minute rate() looks at.
    await prometheus!.waitFor(`count_over_time(${selector}[2m])`, (n) => n >= 62, 90_000);
    const at = Math.floor(Date.now() / 1000) - 1;
    const rates = await prometheus!.query(`rate(${selector}[1m])`, at);
    expect(rates.map((r) => r.metric.container).sort()).toEqual(["backoffice", "billing", "learn", "link", "nginx", "video-payment"]);
    for (const r of rates) {
      const expected = (await api(cluster, "GET", `/sim/usage?namespace=${main}&pod=${r.metric.pod}&from=${at}&to=${at}&step=60`)).json<Doc>().containers[0].points[0].cpuCores;
      const actual = Number(r.value[1]);
      expect(Math.abs(actual - expected), `${r.metric.container}: rate ${actual} vs profile ${expected}`).toBeLessThan(0.0003 + expected * 0.05);
    }
  }, 120_000);
});
