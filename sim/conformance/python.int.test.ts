// Debian's python3-kubernetes (22.x) against the demo cluster: typed lists of every kind
// (its models reject incomplete objects), a watch, strategic-merge and JSON patches.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { branchSlug } from "../seed/conventions";
import { api, startTestCluster, type TestCluster, type Doc } from "./harness";

const PYTHON = "/usr/bin/python3";
const SCRIPT = fileURLToPath(new URL("./python/client_check.py", import.meta.url));
const EXEC_SCRIPT = fileURLToPath(new URL("./python/exec_check.py", import.meta.url));

function runPython(script: string, args: string[]): Promise<Doc> {
  return new Promise((resolve, reject) => {
    execFile(PYTHON, [script, ...args], { timeout: 40_000 }, (err, stdout, stderr) => (err ? reject(new Error(`${err.message}\n${stderr}`)) : resolve(JSON.parse(stdout) as Doc)));
  });
}

function hasClient(): boolean {
  return existsSync(PYTHON) && existsSync("/usr/lib/python3/dist-packages/kubernetes/__init__.py");
}

describe.skipIf(!hasClient() && process.env.PIER_REQUIRE_PYTHON !== "1")("python3-kubernetes (skipped when Debian's python3-kubernetes is not installed)", () => {
  let cluster: TestCluster;

  beforeAll(async () => {
    cluster = await startTestCluster({ seed: "demo", name: "staging" });
  });
  afterAll(() => cluster?.close());

  it("lists, watches and patches", async () => {
    const ns = branchSlug("main");
    const report = await runPython(SCRIPT, [cluster.kubeconfigPath, ns]);
    expect(report.counts).toMatchObject({ pods: 30, namespaces: 5, nodes: 3, deployments: 30, ingresses: 5 });
    expect(report.counts.replicasets).toBeGreaterThan(30);
    expect(report.pod).toMatchObject({ phase: "Running", ready: true, restarts: 0 });
    expect(report.pod.image_id).toMatch(/^registry\.example\.com\/learn@sha256:[0-9a-f]{64}$/);
    expect(report.paged).toBe(7);
    expect(report.watch).toContainEqual(["MODIFIED", "link", "python"]);
    expect(report.replicas).toBe(2);
    expect(report.missing).toEqual({ status: 404, reason: "NotFound" });
  });

  it("execs over v4: output, stdin, stderr apart, exit codes, unlisted commands", async () => {
    const ns = branchSlug("main");
    const pods = await api(cluster, "GET", `/api/v1/namespaces/${ns}/pods?labelSelector=app.kubernetes.io%2Fname%3Dlearn`);
    const report = await runPython(EXEC_SCRIPT, [cluster.kubeconfigPath, ns, pods.json<Doc>().items[0].metadata.name]);
    expect(report.echo).toBe("a  b $HOME\n");
    expect(report.interactive).toEqual({ stdout: "got:hello from python\n", stderr: "oops\n", code: 3 });
    expect(report.unlisted.code).toBe(127);
    expect(report.unlisted.stderr).toContain('exec: "bash": executable file not found in $PATH');
  });
});
