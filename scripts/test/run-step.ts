import { spawn } from "node:child_process";

/** Runs one command with inherited output and resolves with its exit code (never rejects). */
export function runStep(title: string, command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number | null> {
  console.log(`\n[test] ── ${title} ──`);
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: "inherit", env });
    child.on("error", (error) => {
      console.error(`[test] ${title}: ${error.message}`);
      resolve(1);
    });
    child.on("exit", (code) => {
      console.log(`[test] ${title}: ${code === 0 ? "ok" : `failed (exit ${code})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      resolve(code);
    });
  });
}
