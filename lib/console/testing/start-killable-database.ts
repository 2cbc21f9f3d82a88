import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";

// An embedded PostgreSQL (PGlite) in a process of its own, for tests that kill the database
// mid-session: `kill()` is a kill -9 of the process serving it. Its files survive, so starting
// it again on the same directory brings the data back (as after a crash).

const root = fileURLToPath(new URL("../../..", import.meta.url));

export interface KillableDatabase {
  url: string;
  kill(): void;
  exited: Promise<void>;
}

export async function startKillableDatabase(dataDir: string): Promise<KillableDatabase> {
  const child = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/embedded-postgres.ts", "--data-dir", dataDir], { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).once("line", resolve);
    void exited.then(() => reject(new Error(`embedded-postgres exited: ${stderr}`)));
  });
  const ready = JSON.parse(line) as { url: string; pid: number };
  return {
    url: ready.url,
    exited,
    // Only the serving process: its parent (tsx) reaps it and exits, so no zombie holds the data directory's lock.
    kill: () => process.kill(ready.pid, "SIGKILL"),
  };
}
