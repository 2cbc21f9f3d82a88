import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { DocsLibrary } from "./docs-library";

const dir = mkdtempSync(path.join(tmpdir(), "pier-docs-"));
const library = new DocsLibrary(dir);
afterAll(() => (library.close(), rmSync(dir, { recursive: true, force: true })));

const eventually = (check: () => Promise<void>) => vi.waitFor(check, { timeout: 3000, interval: 50 });

describe("DocsLibrary", () => {
  it("builds once, and rebuilds (index included) after a file is added or changed", async () => {
    writeFileSync(path.join(dir, "index.md"), "# Home\n\nWelcome.\n");
    const first = await library.snapshot();
    expect(await library.snapshot()).toBe(first); // not rebuilt per request
    expect(first.index.search("quokka").total).toBe(0);

    mkdirSync(path.join(dir, "guides"));
    writeFileSync(path.join(dir, "guides", "animals.md"), "# Animals\n\nThe quokka smiles.\n");
    await eventually(async () => expect((await library.snapshot()).index.search("quokka").hits[0]?.href).toBe("/docs/guides/animals"));

    writeFileSync(path.join(dir, "guides", "animals.md"), "# Animals\n\nThe wombat digs.\n");
    await eventually(async () => expect((await library.snapshot()).index.search("wombat").total).toBe(1));
    expect((await library.page("guides/animals"))?.title).toBe("Animals");
  });

  it("keeps the last good version when the folder becomes unreadable", async () => {
    const good = await library.snapshot();
    rmSync(dir, { recursive: true, force: true });
    await new Promise((r) => setTimeout(r, 100));
    expect((await library.snapshot()).docs.length).toBe(good.docs.length);
  });
});
