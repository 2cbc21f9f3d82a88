import { execFile } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);

// "Last updated" from git itself: one `git log` over the docs folder gives every file's last
// commit time (the first time a file shows up, walking back from HEAD). Not a repository, or
// no git: an empty map, and pages fall back to the file's modification time.
export async function readGitDates(dir: string): Promise<Map<string, string>> {
  const dates = new Map<string, string>();
  try {
    const { stdout } = await run("git", ["-C", dir, "log", "--format=%x00%cI", "--name-only", "--relative", "--no-renames", "--", "."], {
      maxBuffer: 256 * 1024 * 1024,
      timeout: 30_000,
    });
    let current = "";
    for (const line of stdout.split("\n")) {
      if (line.startsWith("\u0000")) current = line.slice(1);
      else if (line && current && !dates.has(line)) dates.set(line, new Date(current).toISOString());
    }
  } catch {
    // Not a git work tree (or git missing): modification times it is.
  }
  return dates;
}
