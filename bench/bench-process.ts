// A bench's process: embedded clusters as child processes (`sim/main.ts`, HTTPS on loopback),
// temporary folders, and one way to end: print the error if any, stop every cluster, remove
// every folder, exit (open sockets must not keep a finished bench alive).
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";

export interface SimProcess {
  url: string;
  kubeconfig: string;
  token: string;
  caPem: string;
  stop(): Promise<void>;
}

const children = new Set<ChildProcess>();
const dirs = new Set<string>();

/** A temporary folder, removed when the bench ends. */
export function benchDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.add(dir);
  return dir;
}

function stopChild(child: ChildProcess): Promise<void> {
  children.delete(child);
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  return exited;
}

/** Starts an embedded cluster and resolves once it serves; its kubeconfig is written into `dir`. */
export async function startSimProcess(dir: string, options: { name: string; seed: string; timeScale?: number }): Promise<SimProcess> {
  const kubeconfig = join(dir, `${options.name}.kubeconfig`);
  const args = ["--import", "tsx", "sim/main.ts", "--port", "0", "--seed", options.seed, "--kubeconfig", kubeconfig, "--name", options.name];
  if (options.timeScale !== undefined) args.push("--time-scale", String(options.timeScale));
  const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "inherit"] });
  children.add(child);
  const url = await new Promise<string>((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (d: Buffer) => {
      out += d.toString();
      const serving = /serving (\S+)/.exec(out);
      if (serving) resolve(serving[1]!);
    });
    child.on("exit", (code) => reject(new Error(`sim ${options.name} exited with ${code}`)));
  });
  const config = parse(readFileSync(kubeconfig, "utf8")) as { clusters: Array<{ cluster: Record<string, string> }>; users: Array<{ user: { token: string } }> };
  const caPem = Buffer.from(config.clusters[0]!.cluster["certificate-authority-data"] ?? "", "base64").toString();
  return { url, kubeconfig, token: config.users[0]!.user.token, caPem, stop: () => stopChild(child) };
}

/** Runs the bench's main, then stops its clusters, removes its folders and exits (1 after an error). */
export function runBench(main: () => Promise<void>): void {
  main()
    .then(
      () => 0,
      (error: unknown) => (console.error(error), 1),
    )
    .then(async (code) => {
      await Promise.all([...children].map(stopChild));
      for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
      process.exit(code);
    });
}
