import { execFile, spawn } from "node:child_process";

// Git itself reads the monorepo: `git -C <dir> ...` with argument arrays (never a shell), no
// prompts, and its own error text in what is thrown.

export class GitError extends Error {
  constructor(message: string, readonly exitCode: number | null) {
    super(message);
    this.name = "GitError";
  }
}

const gitEnv = { ...process.env, GIT_TERMINAL_PROMPT: "0", GIT_ASKPASS: "echo", LC_ALL: "C" };

/** Runs git and answers its stdout; a non-zero exit throws GitError with git's stderr. */
export function runGit(dir: string, args: string[], env: Record<string, string> = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile("git", ["-C", dir, ...args], { env: { ...gitEnv, ...env }, maxBuffer: 64 * 1024 * 1024, timeout: 120_000 }, (error, stdout, stderr) => {
      if (error) reject(new GitError(`git ${args[0]}: ${(stderr || error.message).trim()}`, typeof error.code === "number" ? error.code : null));
      else resolve(stdout);
    });
  });
}

/** Whether git exits 0 (for yes/no questions such as `merge-base --is-ancestor`). */
export async function gitSucceeds(dir: string, args: string[]): Promise<boolean> {
  try {
    await runGit(dir, args);
    return true;
  } catch (error) {
    if (error instanceof GitError && error.exitCode === 1) return false;
    throw error;
  }
}

/** Reads many blobs in one `git cat-file --batch` process: "<commit>:<path>" -> text (missing ones are left out). */
export function readBlobs(dir: string, specs: string[]): Promise<Map<string, string>> {
  return new Promise((resolve, reject) => {
    const child = spawn("git", ["-C", dir, "cat-file", "--batch"], { env: gitEnv, stdio: ["pipe", "pipe", "pipe"] });
    const chunks: Buffer[] = [];
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code !== 0) return reject(new GitError(`git cat-file: ${stderr.trim()}`, code));
      const out = Buffer.concat(chunks);
      const blobs = new Map<string, string>();
      let offset = 0;
      for (const spec of specs) {
        const eol = out.indexOf(10, offset);
        const header = out.subarray(offset, eol).toString();
        offset = eol + 1;
        const [, type, size] = header.split(" ");
        if (type === undefined || size === undefined) continue; // "<spec> missing"
        blobs.set(spec, out.subarray(offset, offset + Number(size)).toString("utf8"));
        offset += Number(size) + 1;
      }
      resolve(blobs);
    });
    child.stdin.end(specs.map((s) => `${s}\n`).join(""));
  });
}
