// A real Prometheus (Debian's /usr/bin/prometheus) for tests: the conformance suite and Pier's
// resources tests. Started on a free loopback port with a temporary config and storage, scraping
// a cluster's /metrics/cadvisor with the cluster's CA and bearer token every second (the config
// sim/README.md documents).
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "@/lib/testing/free-port";
import { eventually } from "./harness";

const PROMETHEUS = "/usr/bin/prometheus";

export const hasPrometheus = existsSync(PROMETHEUS);

export const prometheusSkipReason = hasPrometheus || process.env.PIER_REQUIRE_PROMETHEUS === "1"
  ? undefined
  : `(skipped: no ${PROMETHEUS}; apt-get install prometheus)`;

export interface Sample {
  metric: Record<string, string>;
  value: [number, string];
}

export interface Prometheus {
  url: string;
  query(expr: string, time?: number): Promise<Sample[]>;
  /** Waits until every result of `expr` satisfies `ok` (and there is at least one). */
  waitFor(expr: string, ok: (value: number) => boolean, timeoutMs: number): Promise<void>;
  stop(): Promise<void>;
}

export function scrapeConfig(url: string, tokenFile: string, caFile: string, interval = "1s"): string {
  const { protocol, host } = new URL(url);
  return `global:
  scrape_interval: ${interval}
  scrape_timeout: ${interval}
scrape_configs:
  - job_name: embedded-cluster-cadvisor
    scheme: ${protocol.replace(":", "")}
    metrics_path: /metrics/cadvisor
    authorization:
      credentials_file: ${tokenFile}
    tls_config:
      ca_file: ${caFile}
    static_configs:
      - targets: ["${host}"]
`;
}

/** Scrapes a running embedded cluster; its config and storage live in a temporary folder removed on stop. */
export async function startPrometheus(cluster: { url: string; token: string; caPem?: string }): Promise<Prometheus> {
  const home = mkdtempSync(join(tmpdir(), "pier-prometheus-"));
  mkdirSync(join(home, "data"), { recursive: true });
  writeFileSync(join(home, "token"), cluster.token, { mode: 0o600 });
  writeFileSync(join(home, "ca.pem"), cluster.caPem ?? "");
  writeFileSync(join(home, "prometheus.yml"), scrapeConfig(cluster.url, join(home, "token"), join(home, "ca.pem")));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let log = "";
  const child: ChildProcess = spawn(PROMETHEUS, [
    `--config.file=${join(home, "prometheus.yml")}`, `--storage.tsdb.path=${join(home, "data")}`, `--web.listen-address=127.0.0.1:${port}`, "--log.level=warn",
  ], { stdio: ["ignore", "ignore", "pipe"] });
  child.stderr?.on("data", (d: Buffer) => (log += d.toString()));
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));

  const get = async <T>(path: string): Promise<T> => {
    const res = await fetch(`${url}${path}`);
    const body = (await res.json()) as { status: string; data: { result: T }; error?: string };
    if (body.status !== "success") throw new Error(`prometheus ${path}: ${body.error}`);
    return body.data.result;
  };
  const query = (expr: string, time = Date.now() / 1000) => get<Sample[]>(`/api/v1/query?query=${encodeURIComponent(expr)}&time=${time}`);
  await eventually(async () => (await fetch(`${url}/-/ready`)).ok, 20_000, `prometheus ready (${log})`);
  return {
    url, query,
    waitFor: async (expr, ok, timeoutMs) => {
      await eventually(async () => {
        const results = await query(expr);
        return results.length > 0 && results.every((r) => ok(Number(r.value[1])));
      }, timeoutMs, `${expr} (prometheus log: ${log.slice(-500)})`);
    },
    stop: async () => {
      child.kill("SIGTERM");
      await exited;
      rmSync(home, { recursive: true, force: true });
    },
  };
}
