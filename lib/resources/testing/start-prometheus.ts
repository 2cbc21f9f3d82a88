import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

// A real Prometheus (Debian's /usr/bin/prometheus) for integration tests: a free loopback port,
// a temporary config and storage, scraping an embedded cluster's /metrics/cadvisor over HTTPS
// with the cluster's CA and bearer token every second (sim/README.md).

export const PROMETHEUS = "/usr/bin/prometheus";
export const hasPrometheus = existsSync(PROMETHEUS);

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export async function startPrometheus(target: { url: string; token: string; caPem?: string }): Promise<{ url: string; stop(): Promise<void> }> {
  const dir = mkdtempSync(path.join(tmpdir(), "pier-prometheus-"));
  writeFileSync(path.join(dir, "token"), target.token, { mode: 0o600 });
  writeFileSync(path.join(dir, "ca.pem"), target.caPem ?? "");
  writeFileSync(path.join(dir, "prometheus.yml"), `global:
  scrape_interval: 1s
  scrape_timeout: 1s
scrape_configs:
  - job_name: cadvisor
    scheme: ${new URL(target.url).protocol.replace(":", "")}
    metrics_path: /metrics/cadvisor
    authorization:
      credentials_file: ${path.join(dir, "token")}
    tls_config:
      ca_file: ${path.join(dir, "ca.pem")}
    static_configs:
      - targets: ["${new URL(target.url).host}"]
`);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let log = "";
  const child = spawn(PROMETHEUS, [`--config.file=${path.join(dir, "prometheus.yml")}`, `--storage.tsdb.path=${path.join(dir, "data")}`, `--web.listen-address=127.0.0.1:${port}`, "--log.level=warn"], { stdio: ["ignore", "ignore", "pipe"] });
  child.stderr?.on("data", (d: Buffer) => (log += d.toString()));
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  const deadline = Date.now() + 20_000;
  for (;;) {
    const ready = await fetch(`${url}/-/ready`).then((r) => r.ok, () => false);
    if (ready) break;
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`prometheus did not start: ${log}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    async stop() {
      child.kill("SIGTERM");
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
