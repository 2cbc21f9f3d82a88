import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { createInterface } from "node:readline";
import { log } from "./log";

// Embedded services (database, clusters) run as child programs. Each prints one JSON line when
// ready; the IPC channel lets a child notice when the supervisor is gone, even after kill -9.
const children = new Set<ChildProcess>();

export async function startChild<T>(name: string, script: string, args: string[], root: string): Promise<T> {
  const tsx = path.join(root, "node_modules/tsx/dist/cli.mjs");
  const child = spawn(process.execPath, [tsx, script, ...args], {
    cwd: root,
    stdio: ["ignore", "pipe", "inherit", "ipc"],
    env: process.env,
  });
  children.add(child);
  child.on("exit", (code, signal) => {
    children.delete(child);
    if (!stopping) log.error(`${name} exited (${signal ?? `code ${code}`})`);
  });
  const lines = createInterface({ input: child.stdout! });
  return new Promise<T>((resolve, reject) => {
    let ready = false;
    lines.on("line", (line) => {
      if (ready) return void console.log(`[${name}] ${line}`);
      try {
        const parsed = JSON.parse(line) as T;
        ready = true;
        resolve(parsed);
      } catch {
        console.log(`[${name}] ${line}`);
      }
    });
    child.on("exit", (code) => {
      if (!ready) reject(new Error(`${name} exited with code ${code} before it was ready`));
    });
  });
}

let stopping = false;

export async function stopChildren(): Promise<void> {
  stopping = true;
  const exits = [...children].map(
    (child) =>
      new Promise<void>((resolve) => {
        const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
        child.once("exit", () => {
          clearTimeout(timer);
          resolve();
        });
        child.kill("SIGTERM");
      }),
  );
  await Promise.all(exits);
}
