import { InvalidInputError, NotFoundError } from "@/lib/audit/door/door-errors";
import type { Monorepo } from "./monorepo";
import { gitSucceeds, runGit } from "./run-git";

// A branch (and optionally a commit on it) as git knows it: the full SHA and who wrote it.

export interface CommitInfo {
  branch: string;
  sha: string;
  author: { name: string; email: string };
  /** "Name <email>", as the pier.dev/author annotation holds it. */
  authorText: string;
  subject: string;
  date: string;
}

const SEP = "\u001f";

/** `git log -1` of one commit. */
export async function describeCommit(repo: Monorepo, sha: string, branch: string): Promise<CommitInfo> {
  const out = await runGit(repo.dir, ["log", "-1", `--format=%H${SEP}%an${SEP}%ae${SEP}%aI${SEP}%s`, sha, "--"]);
  const [full, name, email, date, subject] = out.trim().split(SEP) as [string, string, string, string, string];
  return { branch, sha: full, author: { name, email }, authorText: `${name} <${email}>`, subject, date };
}

export async function resolveCommit(repo: Monorepo, branch: string, commit?: string): Promise<CommitInfo> {
  const valid = await runGit(repo.dir, ["check-ref-format", "--branch", branch]).then(() => true, () => false);
  if (!valid) throw new InvalidInputError("branch", `"${branch}" is not a valid git branch name`);
  await repo.refresh();
  const ref = `refs/heads/${branch}`;
  const head = (await runGit(repo.dir, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]).catch(() => "")).trim();
  if (!head) throw new NotFoundError(`branch "${branch}" is not in the monorepo`);
  if (!commit) return describeCommit(repo, head, branch);
  if (!/^[0-9a-f]{7,40}$/.test(commit)) throw new InvalidInputError("commit", "must be a commit SHA (7 to 40 hex characters)");
  const sha = (await runGit(repo.dir, ["rev-parse", "--verify", "--quiet", `${commit}^{commit}`]).catch(() => "")).trim();
  if (!sha) throw new NotFoundError(`commit ${commit} is not in the monorepo`);
  if (!(await gitSucceeds(repo.dir, ["merge-base", "--is-ancestor", sha, head]))) throw new InvalidInputError("commit", `${commit} is not on branch ${branch}`);
  return describeCommit(repo, sha, branch);
}
