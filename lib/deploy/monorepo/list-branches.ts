import { branchSlug } from "@/lib/conventions/branch-environments";
import type { Monorepo } from "./monorepo";
import { runGit } from "./run-git";

// The monorepo's branches, newest commit first, for the "Deploy a branch" form.

export interface BranchDto {
  name: string;
  /** The namespace its environment has (or would have). */
  namespace: string;
  commit: string;
  author: string;
  date: string;
  subject: string;
}

const SEP = "%1f";

export async function listBranches(repo: Monorepo, limit = 200): Promise<BranchDto[]> {
  await repo.refresh();
  const format = ["%(refname:strip=2)", "%(objectname)", "%(authorname) %(authoremail)", "%(committerdate:iso-strict)", "%(subject)"].join(SEP);
  const out = await runGit(repo.dir, ["for-each-ref", "--sort=-committerdate", `--count=${limit}`, `--format=${format}`, "refs/heads/"]);
  return out
    .split("\n")
    .filter(Boolean)
    .map((line) => {
      const [name, commit, author, date, subject] = line.split("\u001f") as [string, string, string, string, string];
      return { name, namespace: branchSlug(name), commit, author, date, subject };
    });
}
