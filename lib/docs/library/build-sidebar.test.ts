import { describe, expect, it } from "vitest";
import { buildSidebar, readingOrder } from "./build-sidebar";
import { parseDocSource } from "./read-docs-folder";

const doc = (path: string, source: string) => parseDocSource(path, source, 0);

describe("buildSidebar", () => {
  const docs = [
    doc("index.md", "# Welcome"),
    doc("guides/index.md", "---\ntitle: Guides\norder: 1\n---\n"),
    doc("guides/zeta.md", "# Zeta"),
    doc("guides/alpha.md", "---\norder: 9\n---\n# Alpha"),
    doc("guides/beta.md", "---\norder: 2\n---\n# Beta"),
    doc("services/learn/runbook.md", "# Learn runbook"),
  ];

  it("mirrors folders, orders by front matter then title, and titles folders", () => {
    const sidebar = buildSidebar(docs);
    expect(sidebar.map((n) => n.title)).toEqual(["Welcome", "Guides", "Services"]);
    expect(sidebar[1]).toMatchObject({ href: "/docs/guides", path: "guides/" });
    expect(sidebar[1]!.children.map((n) => n.title)).toEqual(["Beta", "Alpha", "Zeta"]);
    expect(sidebar[2]!.href).toBeUndefined();
    expect(sidebar[2]).toMatchObject({ children: [{ title: "learn", children: [{ title: "Learn runbook", href: "/docs/services/learn/runbook" }] }] });
  });

  it("reads pages in sidebar order for previous and next", () => {
    expect(readingOrder(buildSidebar(docs)).map((l) => l.href)).toEqual([
      "/docs",
      "/docs/guides",
      "/docs/guides/beta",
      "/docs/guides/alpha",
      "/docs/guides/zeta",
      "/docs/services/learn/runbook",
    ]);
  });
});
