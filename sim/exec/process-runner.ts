// Starts an allow-listed program as a real host process in its own process group, with pipes,
// or on a pseudo-terminal through pty-relay.py when a TTY is asked for. Node has no pty: the
// native node-pty needs install scripts (blocked by npm here, so `npm ci` would leave it
// broken) and a compiler; script(1) gives a pty without native code but takes the command as
// one string for a shell and cannot resize (its stdin is not a terminal). The relay uses only
// Python's standard library, execs argv directly, resizes live and reports the exit status.
import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { Readable, Writable } from "node:stream";
import type { Launch } from "./allow-list";
import { hostPython } from "./host-programs";

const RELAY = fileURLToPath(new URL("./pty-relay.py", import.meta.url));
/** A TTY starts at this size until the client sends its own. */
const INITIAL_SIZE = { width: 80, height: 24 };
const RELAY_GRACE_MS = 1000;

export interface RunningProcess {
  stdin: Writable | null;
  /** With a TTY, the terminal's output (stdout and stderr together). */
  stdout: Readable;
  stderr: Readable;
  /** True when a TTY was asked for but there is no Python to run the relay. */
  withoutTty: boolean;
  resize(width: number, height: number): void;
  /** Ends the process and everything in its process group. */
  kill(): void;
  /** Exit code (128 + signal number when killed), once its output is drained. */
  done: Promise<number>;
}

/** The container's environment only (ProcessEnv's declared keys, like NODE_ENV, are not ours). */
const asProcessEnv = (env: Record<string, string>) => env as NodeJS.ProcessEnv;

const SIGNALS: Record<string, number> = { SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGKILL: 9, SIGPIPE: 13, SIGTERM: 15 };

function exitCodeOf(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    child.on("error", () => resolve(127));
    child.on("close", (code, signal) => resolve(code ?? 128 + (SIGNALS[signal ?? ""] ?? 9)));
  });
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    if (child.pid) process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

export function startProcess(launch: Launch, opts: { cwd: string; tty: boolean; stdin: boolean }): RunningProcess {
  const python = opts.tty ? hostPython() : undefined;
  if (python) {
    const env = asProcessEnv({ ...launch.env, TERM: launch.env.TERM ?? "xterm" });
    const args = [RELAY, String(INITIAL_SIZE.height), String(INITIAL_SIZE.width), launch.file, launch.argv0, ...launch.args];
    const child = spawn(python, args, { cwd: opts.cwd, env, stdio: ["pipe", "pipe", "pipe", "pipe"], detached: true });
    const control = child.stdio[3] as Writable;
    control.on("error", () => {});
    let timer: NodeJS.Timeout | undefined;
    const done = exitCodeOf(child).finally(() => clearTimeout(timer));
    return {
      stdin: child.stdin, stdout: child.stdout!, stderr: child.stderr!, withoutTty: false,
      resize: (width, height) => control.writable && control.write(`${height} ${width}\n`),
      kill: () => {
        // The relay kills the terminal's process group when its control pipe closes.
        control.end();
        child.kill("SIGTERM");
        timer ??= setTimeout(() => killGroup(child, "SIGKILL"), RELAY_GRACE_MS);
        timer.unref();
      },
      done,
    };
  }
  const child = spawn(launch.file, launch.args, {
    cwd: opts.cwd, env: asProcessEnv(launch.env), argv0: launch.argv0, stdio: [opts.stdin ? "pipe" : "ignore", "pipe", "pipe"], detached: true,
  });
  child.stdin?.on("error", () => {});
  return {
    stdin: child.stdin, stdout: child.stdout!, stderr: child.stderr!, withoutTty: opts.tty,
    resize: () => {},
    kill: () => killGroup(child, "SIGKILL"),
    done: exitCodeOf(child),
  };
}
