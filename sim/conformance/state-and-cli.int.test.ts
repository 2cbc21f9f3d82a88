// `npm run sim` as a program, and --state: objects, token and CA survive a restart.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { startCluster } from "../index";
import { api, eventually } from "./harness";

const dirs: string[] = [];
const scratch = () => {
  const dir = mkdtempSync(join(tmpdir(), "pier-sim-state-"));
  dirs.push(dir);
  return dir;
};

describe("state and the command line", () => {
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it("keeps objects, token and CA across a restart with --state", async () => {
    const state = scratch();
    const first = await startCluster({ name: "keep", seed: "demo", stateDir: state, timeScale: 50 });
    const created = await api(first, "POST", "/api/v1/namespaces/default/configmaps", { body: { metadata: { name: "survivor" }, data: { a: "1" } } });
    const rv = Number(created.json<{ metadata: { resourceVersion: string } }>().metadata.resourceVersion);
    await first.stop();

    const second = await startCluster({ name: "keep", seed: "empty", stateDir: state, timeScale: 50 });
    try {
      expect(second.token).toBe(first.token);
      expect(second.caPem).toBe(first.caPem);
      expect((await api(second, "GET", "/api/v1/namespaces/default/configmaps/survivor")).json()).toMatchObject({ data: { a: "1" } });
      expect((await api(second, "GET", "/apis/apps/v1/deployments")).json<{ items: unknown[] }>().items).toHaveLength(30);
      const next = await api(second, "POST", "/api/v1/namespaces/default/configmaps", { body: { metadata: { name: "after" } } });
      expect(Number(next.json<{ metadata: { resourceVersion: string } }>().metadata.resourceVersion)).toBeGreaterThan(rv);
    } finally {
      await second.stop();
    }
  });

  it("runs as a program: prints the URL, writes the kubeconfig, stops on SIGTERM", async () => {
    const dir = scratch();
    const kubeconfig = join(dir, "kubeconfig");
    const main = fileURLToPath(new URL("../main.ts", import.meta.url));
    const child = spawn(process.execPath, ["--import", "tsx", main, "--port", "0", "--kubeconfig", kubeconfig, "--name", "cli", "--seed", "empty"], { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => (out += d.toString()));
    const url = await eventually(() => /serving (https:\/\/127\.0\.0\.1:\d+)/.exec(out)?.[1], 20_000, "startup line");
    const config = parse(readFileSync(kubeconfig, "utf8")) as { clusters: Array<{ cluster: { server: string; "certificate-authority-data": string } }>; users: Array<{ user: { token: string } }> };
    expect(config.clusters[0]!.cluster.server).toBe(url);
    const cluster = { url, token: config.users[0]!.user.token, caPem: Buffer.from(config.clusters[0]!.cluster["certificate-authority-data"], "base64").toString() };
    expect((await api(cluster as never, "GET", "/version")).json()).toMatchObject({ major: "1", minor: "32" });
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
  });

  it("refuses bad flags with the usage", async () => {
    const main = fileURLToPath(new URL("../main.ts", import.meta.url));
    const child = spawn(process.execPath, ["--import", "tsx", main, "--seed", "galaxy"], { stdio: ["ignore", "pipe", "pipe"] });
    let err = "";
    child.stderr.on("data", (d: Buffer) => (err += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
    expect(code).toBe(2);
    expect(err).toContain('unknown seed "galaxy"');
  });
});
