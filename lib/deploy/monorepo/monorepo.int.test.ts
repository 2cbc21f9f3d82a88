import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildExampleMonorepo } from "./build-example-monorepo";
import { listBranches } from "./list-branches";
import { MonorepoUnavailableError, openMonorepo } from "./monorepo";
import { readServiceManifests } from "./read-manifests";
import { resolveCommit } from "./resolve-commit";
import { runGit } from "./run-git";

// The monorepo through git itself: the example built the same everywhere, a local path read as
// it is, a URL mirrored and fetched on demand, and no monorepo at all outside the demo.

const dir = mkdtempSync(path.join(tmpdir(), "pier-monorepo-test-"));
const example = path.resolve("content/monorepo");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the monorepo", () => {
  it("builds the example with the same hashes every time, with its branches and manifests", async () => {
    const [a, b] = await Promise.all([buildExampleMonorepo(example, path.join(dir, "a")), buildExampleMonorepo(example, path.join(dir, "b"))]);
    const head = (repo: string) => runGit(repo, ["rev-parse", "main", "fix/billing-rounding"]);
    expect(await head(a)).toBe(await head(b));
    const repo = await openMonorepo({ source: a, dataDir: dir, embedded: false, exampleDir: example });
    expect((await listBranches(repo)).map((x) => x.name).sort()).toEqual(["erin/faster-search", "feature/teacher-dashboard", "feature/video-checkout", "fix/billing-rounding", "main"]);
    const commit = await resolveCommit(repo, "erin/faster-search");
    expect(commit).toMatchObject({ author: { name: "Erin Engineer", email: "erin.engineer@pier.test" }, subject: "learn: time out slow searches" });
    const objects = await readServiceManifests(repo, commit.sha);
    expect(objects.map((o) => `${o.service}/${o.object.kind}`).sort()).toContain("nginx/ConfigMap");
    expect(objects.some((o) => o.object.kind === "Job")).toBe(false); // jobs/ is applied only on request
  });

  it("mirrors a URL and fetches what was pushed since", async () => {
    const origin = await buildExampleMonorepo(example, path.join(dir, "origin"));
    const repo = await openMonorepo({ source: `file://${origin}`, dataDir: path.join(dir, "data"), embedded: false, exampleDir: example });
    expect(repo.dir).toBe(path.join(dir, "data", "monorepo-mirror.git"));
    await expect(resolveCommit(repo, "late/branch")).rejects.toMatchObject({ status: 404 });
    await runGit(origin, ["branch", "late/branch", "main"]);
    await new Promise((resolve) => setTimeout(resolve, 2_100)); // fetches are at most every 2 s
    expect((await resolveCommit(repo, "late/branch")).sha).toBe((await runGit(origin, ["rev-parse", "main"])).trim());
  });

  it("is the example in the embedded demo and nothing otherwise", async () => {
    const embedded = await openMonorepo({ dataDir: path.join(dir, "demo"), embedded: true, exampleDir: example });
    expect(embedded.dir).toBe(path.join(dir, "demo", "monorepo"));
    await expect(openMonorepo({ dataDir: dir, embedded: false, exampleDir: example })).rejects.toBeInstanceOf(MonorepoUnavailableError);
    await expect(resolveCommit(embedded, "bad..name")).rejects.toMatchObject({ status: 422 });
  });
});
