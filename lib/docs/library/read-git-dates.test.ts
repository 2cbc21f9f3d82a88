import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readGitDates } from "./read-git-dates";

const root = mkdtempSync(path.join(tmpdir(), "pier-git-dates-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function commit(message: string, date: string) {
  const env = { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date, GIT_AUTHOR_NAME: "t", GIT_AUTHOR_EMAIL: "t@x", GIT_COMMITTER_NAME: "t", GIT_COMMITTER_EMAIL: "t@x" };
  execFileSync("git", ["-C", root, "add", "-A"], { env });
  execFileSync("git", ["-C", root, "commit", "-q", "-m", message], { env });
}

describe("readGitDates", () => {
  it("gives each file under the docs folder the time of the last commit touching it", async () => {
    execFileSync("git", ["-C", root, "init", "-q"]);
    mkdirSync(path.join(root, "docs/guides"), { recursive: true });
    writeFileSync(path.join(root, "docs/index.md"), "# Home\n");
    writeFileSync(path.join(root, "docs/guides/deploys.md"), "# Deploys\n");
    writeFileSync(path.join(root, "README.md"), "outside the docs\n");
    commit("first", "2026-01-10T10:00:00Z");
    writeFileSync(path.join(root, "docs/guides/deploys.md"), "# Deploys, revised\n");
    commit("second", "2026-03-05T08:30:00Z");

    const dates = await readGitDates(path.join(root, "docs"));
    expect(Object.fromEntries(dates)).toEqual({ "index.md": "2026-01-10T10:00:00.000Z", "guides/deploys.md": "2026-03-05T08:30:00.000Z" });
  });

  it("is empty outside a git work tree", async () => {
    const plain = mkdtempSync(path.join(tmpdir(), "pier-no-git-"));
    expect((await readGitDates(plain)).size).toBe(0);
    rmSync(plain, { recursive: true, force: true });
  });
});
