// What a new engineer waits for: npm ci, build, start (until /api/readyz is 200) and npm test,
// on a fresh clone of the committed HEAD with the embedded defaults.
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort } from "@/lib/testing/free-port";

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function timed(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): number {
  const started = Date.now();
  const run = spawnSync(command, args, { cwd, env, stdio: ["ignore", "pipe", "inherit"], encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  if (run.status !== 0) {
    process.stderr.write(run.stdout.split("\n").slice(-80).join("\n")); // what went wrong, not the whole run
    throw new Error(`${command} ${args.join(" ")} failed (exit ${run.status})`);
  }
  return Date.now() - started;
}

async function timeStart(cwd: string, env: NodeJS.ProcessEnv): Promise<number> {
  const port = await freePort();
  const started = Date.now();
  const child = spawn("npm", ["start"], { cwd, env: { ...env, PORT: String(port) }, stdio: "ignore", detached: true });
  try {
    for (;;) {
      const ok = await fetch(`http://127.0.0.1:${port}/api/readyz`).then((r) => r.status === 200, () => false);
      if (ok) return Date.now() - started;
      if (Date.now() - started > 300_000) throw new Error("npm start: not ready after 300 s");
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  } finally {
    process.kill(-child.pid!, "SIGTERM");
  }
}

const dir = mkdtempSync(path.join(tmpdir(), "pier-bench-setup-"));
try {
  execFileSync("git", ["clone", "-q", process.cwd(), dir]);
  const env = { ...process.env }; // the embedded defaults: no database, kubeconfig or clusters configured
  for (const name of ["DATABASE_URL", "KUBECONFIG", "PIER_CLUSTERS"]) delete env[name];
  const ci = timed("npm", ["ci", "--no-audit", "--no-fund"], dir, env);
  const build = timed("npm", ["run", "build"], dir, env);
  const coldStart = await timeStart(dir, env);
  const warmStart = await timeStart(dir, env);
  const test = timed("npm", ["test"], dir, env);
  console.log(`### setup: a fresh clone, embedded defaults

| step | time |
|---|---|
| \`npm ci\` | ${seconds(ci)} |
| \`npm run build\` (cold) | ${seconds(build)} |
| \`npm start\` to /api/readyz 200, first start (embedded database created) | ${seconds(coldStart)} |
| \`npm start\` to /api/readyz 200, second start (data found again) | ${seconds(warmStart)} |
| \`npm test\` (embedded database) | ${seconds(test)} |`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
