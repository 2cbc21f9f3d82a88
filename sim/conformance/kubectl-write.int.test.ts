// kubectl changing things: apply (client- and server-side), create -f, label, annotate, scale,
// set image, rollout status/history/undo/restart, wait, get -w, delete with namespace
// termination.
import { spawn } from "node:child_process";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { api, eventually, kubectl, kubectlOk, kubectlSkipReason, startTestCluster, writeManifest, type TestCluster } from "./harness";

const NS = "shop";
const deployment = (image: string, replicas = 3) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: ${NS}
  labels: {app: web}
spec:
  replicas: ${replicas}
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers:
      - name: web
        image: ${image}
        ports: [{name: http, containerPort: 8080}]
        resources: {requests: {cpu: 50m, memory: 64Mi}}
`;

describe.skipIf(kubectlSkipReason !== undefined)(`kubectl writes ${kubectlSkipReason ? `(skipped: ${kubectlSkipReason})` : ""}`, () => {
  let cluster: TestCluster;
  const k = (...args: string[]) => kubectlOk(cluster, ["-n", NS, ...args]);

  beforeAll(async () => {
    cluster = await startTestCluster({ seed: "empty", timeScale: 100 });
    await kubectlOk(cluster, ["apply", "-f", writeManifest(cluster, "ns.yaml", `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${NS}\n`)]);
  });
  afterAll(() => cluster?.close());

  it("applies a Deployment client-side and waits for its rollout", async () => {
    expect(await kubectlOk(cluster, ["apply", "-f", writeManifest(cluster, "web.yaml", deployment("shop/web:1.0"))])).toBe("deployment.apps/web created\n");
    expect(await k("rollout", "status", "deploy/web", "--timeout=30s")).toContain('deployment "web" successfully rolled out');
    expect(await kubectlOk(cluster, ["apply", "-f", join(cluster.dir, "web.yaml")])).toBe("deployment.apps/web unchanged\n");
    const pods = await k("get", "pods", "-l", "app=web", "-o", "wide", "--no-headers");
    expect(pods.trim().split("\n")).toHaveLength(3);
    expect(new Set(pods.trim().split("\n").map((l) => l.split(/\s+/)[6])).size).toBeGreaterThan(1);
  });

  it("labels, annotates and scales", async () => {
    expect(await k("label", "deploy", "web", "tier=frontend")).toBe("deployment.apps/web labeled\n");
    expect(await k("annotate", "deploy", "web", "kubernetes.io/change-cause=first release")).toBe("deployment.apps/web annotated\n");
    expect(await k("scale", "deploy/web", "--replicas=4")).toBe("deployment.apps/web scaled\n");
    expect(await k("wait", "--for=jsonpath={.status.availableReplicas}=4", "deploy/web", "--timeout=20s")).toContain("condition met");
    expect(await k("get", "deploy", "-l", "tier=frontend", "-o", "name")).toBe("deployment.apps/web\n");
  });

  it("sets an image, rolls out, undoes to the old ReplicaSet and restarts", async () => {
    await k("set", "image", "deploy/web", "web=shop/web:2.0");
    expect(await k("rollout", "status", "deploy/web", "--timeout=30s")).toContain("successfully rolled out");
    const history = await k("rollout", "history", "deploy/web");
    expect(history).toMatch(/1\s+first release\n2\s+first release/);
    const before = (await k("get", "rs", "-o", "name")).trim().split("\n");
    expect(before).toHaveLength(2);

    expect(await k("rollout", "undo", "deploy/web")).toBe("deployment.apps/web rolled back\n");
    expect(await k("rollout", "status", "deploy/web", "--timeout=30s")).toContain("successfully rolled out");
    expect((await k("get", "rs", "-o", "name")).trim().split("\n").sort()).toEqual(before.sort());
    const revisions = parse(await k("get", "rs", "-o", "yaml")) as { items: Array<{ metadata: { annotations: Record<string, string> }; spec: { replicas: number; template: { spec: { containers: Array<{ image: string }> } } } }> };
    const live = revisions.items.find((rs) => rs.spec.replicas > 0)!;
    expect(live.spec.template.spec.containers[0]!.image).toBe("shop/web:1.0");
    expect(live.metadata.annotations["deployment.kubernetes.io/revision"]).toBe("3");
    expect(live.metadata.annotations["deployment.kubernetes.io/revision-history"]).toBe("1");

    expect(await k("rollout", "restart", "deploy/web")).toBe("deployment.apps/web restarted\n");
    expect(await k("rollout", "status", "deploy/web", "--timeout=30s")).toContain("successfully rolled out");
    expect((await k("get", "rs", "--no-headers")).trim().split("\n")).toHaveLength(3);
  });

  it("streams changes with get -w", async () => {
    const child = spawn("/usr/bin/kubectl", ["--kubeconfig", cluster.kubeconfigPath, "--cache-dir", join(cluster.dir, "cache"), "-n", NS, "get", "deploy", "web", "-w"]);
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    await eventually(() => out.includes("web"), 10_000, "first row");
    await k("scale", "deploy/web", "--replicas=2");
    await eventually(() => /web\s+2\/2\s+2\s+2/.test(out), 15_000, "scaled row");
    child.kill();
    expect(out.split("\n")[0]).toMatch(/^NAME\s+READY\s+UP-TO-DATE\s+AVAILABLE\s+AGE$/);
  });

  it("creates from a multi-document file and applies server-side with field managers", async () => {
    const files = writeManifest(cluster, "misc.yaml", `apiVersion: v1
kind: ConfigMap
metadata: {name: settings, namespace: ${NS}}
data: {mode: fast}
---
apiVersion: v1
kind: Service
metadata: {name: web, namespace: ${NS}}
spec:
  selector: {app: web}
  ports: [{port: 80, targetPort: http}]
`);
    expect(await kubectlOk(cluster, ["create", "-f", files])).toBe("configmap/settings created\nservice/web created\n");
    expect((await kubectl(cluster, ["create", "-f", files])).stderr).toContain('configmaps "settings" already exists');
    await eventually(async () => /web\s+10\.244\.\d+\.\d+:8080,10\.244/.test(await k("get", "ep", "web")), 10_000, "endpoints");

    const ssa = writeManifest(cluster, "ssa.yaml", `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: flags, namespace: ${NS}}\ndata: {color: blue}\n`);
    expect(await kubectlOk(cluster, ["apply", "--server-side", "-f", ssa])).toBe("configmap/flags serverside-applied\n");
    await kubectlOk(cluster, ["apply", "--server-side", "--field-manager=other", "-f", writeManifest(cluster, "ssa2.yaml", `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: flags, namespace: ${NS}}\ndata: {size: xl}\n`)]);
    const clash = await kubectl(cluster, ["apply", "--server-side", "--field-manager=other", "-f", writeManifest(cluster, "ssa3.yaml", `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: flags, namespace: ${NS}}\ndata: {color: red}\n`)]);
    expect(clash.code).not.toBe(0);
    expect(clash.stderr).toContain('Apply failed with 1 conflict: conflict with "kubectl": .data.color');
    await kubectlOk(cluster, ["apply", "--server-side", "--force-conflicts", "--field-manager=other", "-f", join(cluster.dir, "ssa3.yaml")]);
    const cm = parse(await k("get", "cm", "flags", "-o", "yaml", "--show-managed-fields")) as { data: Record<string, string>; metadata: { managedFields: Array<{ manager: string; operation: string; fieldsV1: Record<string, unknown> }> } };
    // "other" no longer applies `size`, and nobody else owns it: it is pruned; kubectl lost
    // `color`, its only field, so its entry goes.
    expect(cm.data).toEqual({ color: "red" });
    expect(cm.metadata.managedFields.map((m) => `${m.manager}/${m.operation}`)).toEqual(["other/Apply"]);
    expect(cm.metadata.managedFields[0]!.fieldsV1).toEqual({ "f:data": { "f:color": {} } });
  });

  it("moves a client-side applied object to server-side apply without conflicts", async () => {
    const path = writeManifest(cluster, "migrate.yaml", `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: migrate, namespace: ${NS}}\ndata: {a: "1", b: "2"}\n`);
    await kubectlOk(cluster, ["apply", "-f", path]);
    const next = writeManifest(cluster, "migrate2.yaml", `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: migrate, namespace: ${NS}}\ndata: {a: "9", b: "2"}\n`);
    expect(await kubectlOk(cluster, ["apply", "--server-side", "-f", next])).toBe("configmap/migrate serverside-applied\n");
    const cm = parse(await k("get", "cm", "migrate", "-o", "yaml")) as { data: Record<string, string>; metadata: { annotations: Record<string, string> } };
    expect(cm.data).toEqual({ a: "9", b: "2" });
    expect(JSON.parse(cm.metadata.annotations["kubectl.kubernetes.io/last-applied-configuration"]!).data).toEqual({ a: "9", b: "2" });
  });

  it("refuses kubectl's protobuf generators with a clear 415", async () => {
    const r = await kubectl(cluster, ["create", "namespace", "nope"]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain("UnsupportedMediaType");
  });

  it("deletes a namespace through termination and waits for objects", async () => {
    const pod = (await k("get", "pods", "-o", "name")).trim().split("\n")[0]!;
    expect(await k("delete", pod, "--wait=true")).toContain("deleted");
    await kubectlOk(cluster, ["delete", "ns", NS, "--timeout=30s"]);
    expect((await api(cluster, "GET", `/api/v1/namespaces/${NS}`)).status).toBe(404);
    expect((await api(cluster, "GET", `/api/v1/namespaces/${NS}/pods`)).json<{ items: unknown[] }>().items).toEqual([]);
  });
});
