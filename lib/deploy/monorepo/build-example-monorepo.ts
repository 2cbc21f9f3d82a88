import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { z } from "zod";
import { runGit } from "./run-git";

// The embedded demo's monorepo: built once from content/monorepo/history.yaml into a real git
// repository (a work tree, so a developer can branch and commit in it), with fixed authors and
// dates so the commit hashes are the same everywhere. No server-only: tests and benches build it.

const historySchema = z.object({
  commits: z.array(
    z.object({
      branch: z.string().min(1),
      from: z.string().optional(),
      tree: z.string().optional(),
      changes: z.string().optional(),
      author: z.string().regex(/^[^<>]+ <[^<>]+>$/, "must be 'Name <email>'"),
      date: z.string(),
      message: z.string().min(1),
    }),
  ),
});

/** Builds the example monorepo at `target` unless a repository is already there; answers `target`. */
export async function buildExampleMonorepo(contentDir: string, target: string): Promise<string> {
  if (existsSync(path.join(target, ".git"))) return target;
  const history = historySchema.parse(parse(readFileSync(path.join(contentDir, "history.yaml"), "utf8")));
  mkdirSync(path.dirname(target), { recursive: true });
  // Built aside and renamed into place, so a second process never sees half a repository.
  const work = `${target}.building-${process.pid}-${Date.now()}`;
  await runGit(path.dirname(work), ["init", "-q", "-b", "main", work]);
  try {
    const branches = new Set<string>();
    for (const commit of history.commits) {
      if (branches.size > 0) {
        const exists = branches.has(commit.branch);
        await runGit(work, exists ? ["checkout", "-q", commit.branch] : ["checkout", "-q", "-b", commit.branch, commit.from ?? "main"]);
      }
      branches.add(commit.branch);
      if (commit.tree) {
        await runGit(work, ["rm", "-rq", "--ignore-unmatch", "."]);
        cpSync(path.join(contentDir, commit.tree), work, { recursive: true });
      }
      if (commit.changes) cpSync(path.join(contentDir, commit.changes), work, { recursive: true });
      await runGit(work, ["add", "-A"]);
      const [, name, email] = /^(.+) <(.+)>$/.exec(commit.author)!;
      const who = { GIT_AUTHOR_NAME: name!, GIT_AUTHOR_EMAIL: email!, GIT_AUTHOR_DATE: commit.date, GIT_COMMITTER_NAME: name!, GIT_COMMITTER_EMAIL: email!, GIT_COMMITTER_DATE: commit.date };
      await runGit(work, ["-c", "commit.gpgsign=false", "commit", "-q", "-m", commit.message], who);
    }
    await runGit(work, ["checkout", "-q", "main"]);
    renameSync(work, target);
  } catch (error) {
    rmSync(work, { recursive: true, force: true });
    if (existsSync(path.join(target, ".git"))) return target; // another process finished first
    throw error;
  }
  return target;
}
