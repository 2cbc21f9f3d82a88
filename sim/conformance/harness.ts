// Shared helpers of the conformance suite: one embedded cluster per test file, kubectl with a
// private kubeconfig and discovery cache, and raw HTTPS calls with the cluster's CA and token.
import { execFile, execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:https";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startCluster, type RunningCluster, type StartClusterOptions } from "../index";

export interface TestCluster extends RunningCluster {
  dir: string;
  kubeconfigPath: string;
  close(): Promise<void>;
}

export async function startTestCluster(options: StartClusterOptions = {}): Promise<TestCluster> {
  const dir = mkdtempSync(join(tmpdir(), "pier-sim-"));
  const kubeconfigPath = join(dir, "kubeconfig");
  const cluster = await startCluster({ name: "test", timeScale: 50, ...options, kubeconfigPath });
  return {
    ...cluster, dir, kubeconfigPath,
    close: async () => {
      await cluster.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const KUBECTL = process.env.KUBECTL ?? "/usr/bin/kubectl";

/** The kubectl minor version, or undefined when there is no usable kubectl. */
function kubectlMinor(): number | undefined {
  try {
    const out = execFileSync(KUBECTL, ["version", "--client", "-o", "json"], { encoding: "utf8", timeout: 10_000 });
    return Number((JSON.parse(out) as { clientVersion: { minor: string } }).clientVersion.minor.replace(/\D/g, ""));
  } catch {
    return undefined;
  }
}

const minor = kubectlMinor();
/** Why kubectl cases are skipped, or undefined when they run. PIER_REQUIRE_KUBECTL=1 forbids skipping. */
export const kubectlSkipReason = process.env.PIER_REQUIRE_KUBECTL === "1" || (minor !== undefined && minor >= 30)
  ? undefined
  : `no kubectl >= 1.30 at ${KUBECTL} (found ${minor === undefined ? "none" : `1.${minor}`})`;

export interface KubectlResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs kubectl against the cluster with a fresh discovery cache per cluster. */
export function kubectl(cluster: TestCluster, args: string[], input?: string, timeoutMs = 30_000): Promise<KubectlResult> {
  return new Promise((resolve) => {
    const child = execFile(KUBECTL, ["--kubeconfig", cluster.kubeconfigPath, "--cache-dir", join(cluster.dir, "cache"), ...args], { timeout: timeoutMs, encoding: "utf8" }, (err, stdout, stderr) => {
      const code = err ? (typeof (err as { code?: unknown }).code === "number" ? ((err as { code: number }).code) : 1) : 0;
      resolve({ code, stdout, stderr });
    });
    if (input !== undefined) child.stdin?.end(input);
  });
}

/** A long-running kubectl (logs -f, exec -i): its output so far, and a way to end it. */
export interface KubectlProcess {
  output(): string;
  write(input: string): void;
  endInput(): void;
  /** Resolves with the exit code (after `stop`, the signal's). */
  exited: Promise<number>;
  stop(): void;
}

export function kubectlSpawn(cluster: TestCluster, args: string[]): KubectlProcess {
  const child = spawn(KUBECTL, ["--kubeconfig", cluster.kubeconfigPath, "--cache-dir", join(cluster.dir, "cache"), ...args], { stdio: ["pipe", "pipe", "pipe"] });
  let out = "";
  child.stdout.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr.on("data", (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number>((resolve) => child.on("close", (code, signal) => resolve(code ?? (signal ? 128 : 1))));
  return { output: () => out, write: (input) => child.stdin.write(input), endInput: () => child.stdin.end(), exited, stop: () => child.kill("SIGTERM") };
}

export async function kubectlOk(cluster: TestCluster, args: string[], input?: string): Promise<string> {
  const r = await kubectl(cluster, args, input);
  if (r.code !== 0) throw new Error(`kubectl ${args.join(" ")} failed (${r.code}): ${r.stderr}${r.stdout}`);
  return r.stdout;
}

export function writeManifest(cluster: TestCluster, name: string, text: string): string {
  const path = join(cluster.dir, name);
  writeFileSync(path, text);
  return path;
}

export interface ApiResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json: <T = Record<string, unknown>>() => T;
}

/** One HTTPS request with the cluster's CA and, unless `token` is null, its bearer token. */
export function api(cluster: RunningCluster, method: string, path: string, opts: { body?: unknown; contentType?: string; accept?: string; token?: string | null } = {}): Promise<ApiResponse> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = {};
    if (opts.token !== null) headers.authorization = `Bearer ${opts.token ?? cluster.token}`;
    if (opts.accept) headers.accept = opts.accept;
    const payload = opts.body === undefined ? undefined : typeof opts.body === "string" || Buffer.isBuffer(opts.body) ? opts.body : JSON.stringify(opts.body);
    if (payload !== undefined) {
      headers["content-type"] = opts.contentType ?? "application/json";
      headers["content-length"] = String(Buffer.byteLength(payload));
    }
    const req = request(`${cluster.url}${path}`, { method, headers, ca: cluster.caPem }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => {
        const text = Buffer.concat(chunks).toString("utf8");
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: <T>() => JSON.parse(text) as T });
      });
    });
    req.on("error", reject);
    req.end(payload);
  });
}

/** Polls until `check` returns a value (not undefined/false), or fails after `timeoutMs`. */
export async function eventually<T>(check: () => T | Promise<T>, timeoutMs = 15_000, what = "condition"): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined && value !== false && value !== null) return value as NonNullable<T>;
    } catch (err) {
      last = err;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ""}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Parsed JSON the tests assert on: deep access is unchecked on purpose, the assertions check it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Doc = Record<string, any>;

export interface WatchStream {
  events: Array<{ type: string; object: Doc }>;
  ended: Promise<void>;
  close(): void;
}

/** Opens a watch and collects its events (one JSON document per line). */
export function openWatch(cluster: RunningCluster, path: string, accept?: string): WatchStream {
  const events: WatchStream["events"] = [];
  let close = () => {};
  const ended = new Promise<void>((resolve, reject) => {
    const headers: Record<string, string> = { authorization: `Bearer ${cluster.token}`, ...(accept ? { accept } : {}) };
    const req = request(`${cluster.url}${path}`, { headers, ca: cluster.caPem }, (res) => {
      let buffer = "";
      res.on("data", (chunk: Buffer) => {
        buffer += chunk.toString("utf8");
        let nl;
        while ((nl = buffer.indexOf("\n")) >= 0) {
          events.push(JSON.parse(buffer.slice(0, nl)) as WatchStream["events"][number]);
          buffer = buffer.slice(nl + 1);
        }
      });
      res.on("end", () => resolve());
      res.on("close", () => resolve());
    });
    req.on("error", (err) => (err.message.includes("aborted") || (err as NodeJS.ErrnoException).code === "ECONNRESET" ? resolve() : reject(err)));
    req.end();
    close = () => req.destroy();
  });
  return { events, ended, close };
}
