import { describe, expect, it } from "vitest";
import { buildSearchIndex } from "./docs-search-index";
import { extractSections } from "./extract-sections";

const docs = [
  { path: "guides/deploys.md", href: "/docs/guides/deploys", title: "Deploys and rollbacks", body: "# Deploys\n\nIntro text.\n\n## Rolling back\n\nUse `kubectl rollout undo` to go back a revision.\n" },
  { path: "guides/requests.md", href: "/docs/guides/requests", title: "Requests and limits", body: "# Requests\n\nSet a memory limit equal to the request. Rolling restarts pick it up.\n" },
  { path: "consoles.md", href: "/docs/consoles", title: "Rails console policy", body: "Give a reason.\n\n```sh\nbin/rails console\n```\n" },
];

describe("docs search", () => {
  const index = buildSearchIndex(docs);

  it("finds a doc by a word in its body, linking to the section, with the word marked", () => {
    const result = index.search("undo");
    expect(result.total).toBe(1);
    const [hit] = result.hits;
    expect(hit).toMatchObject({ title: "Deploys and rollbacks", href: "/docs/guides/deploys#rolling-back", section: "Rolling back" });
    expect(hit!.excerpt.filter((p) => p.hit).map((p) => p.text)).toEqual(["undo"]);
  });

  it("ranks title matches first and matches prefixes and typos", () => {
    expect(index.search("rolling").hits[0]!.path).toBe("guides/deploys.md");
    expect(index.search("requ").hits[0]!.path).toBe("guides/requests.md");
    expect(index.search("revison").hits[0]?.path).toBe("guides/deploys.md");
  });

  it("needs every word, falling back to any word when none has them all", () => {
    expect(index.search("memory limit").hits.map((h) => h.path)).toEqual(["guides/requests.md"]);
    expect(index.search("console kubectl").total).toBe(2);
  });

  it("indexes code blocks and answers nothing for an empty query", () => {
    expect(index.search("rails console").hits[0]!.path).toBe("consoles.md");
    expect(index.search("   ")).toMatchObject({ total: 0, hits: [] });
  });
});

describe("extractSections", () => {
  it("splits at headings, ignores # inside code fences and strips inline syntax", () => {
    const sections = extractSections("Intro with [a link](x.md).\n\n## One `two`\n\n```sh\n# not a heading\n```\n\n## One two\n\n| a | b |\n|---|---|\n");
    expect(sections).toEqual([
      { anchor: "", heading: "", text: "Intro with a link." },
      { anchor: "one-two", heading: "One two", text: "# not a heading" },
      { anchor: "one-two-1", heading: "One two", text: "a b" },
    ]);
  });
});
