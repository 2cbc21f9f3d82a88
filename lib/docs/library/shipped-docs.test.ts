import path from "node:path";
import { toHtml } from "hast-util-to-html";
import { afterAll, describe, expect, it } from "vitest";
import { DocsLibrary } from "./docs-library";
import { docSlugOf } from "./doc-paths";
import { serviceDocsFrom } from "./service-docs";

// The starter docs shipped in content/docs: every page renders cleanly, every link between
// docs reaches a page (and its anchor), and the service-docs convention has both outcomes.

const library = new DocsLibrary(path.resolve("content/docs"), { watch: false, editUrlPattern: "https://git.example.com/school/-/edit/main/docs/{path}" });
afterAll(() => library.close());

describe("the shipped docs", () => {
  it("render without warnings, and every link to another doc resolves, anchor included", async () => {
    const snap = await library.snapshot();
    expect(snap.docs.length).toBeGreaterThan(20);
    const ids = new Map<string, Set<string>>();
    const pages = await Promise.all(snap.docs.map((d) => library.page(docSlugOf(d.path))));
    for (const page of pages) ids.set(page!.href, new Set(Array.from(toHtml(page!.tree).matchAll(/ id="([^"]+)"/g), (m) => m[1]!)));
    const broken: string[] = [];
    for (const page of pages) {
      expect({ path: page!.path, warnings: page!.warnings }).toEqual({ path: page!.path, warnings: [] });
      for (const [, href] of toHtml(page!.tree).matchAll(/href="(\/docs[^"]*)"/g)) {
        const [route, anchor] = href!.split("#");
        if (!ids.has(route!)) broken.push(`${page!.path}: ${href} (no such doc)`);
        else if (anchor && !ids.get(route!)!.has(anchor)) broken.push(`${page!.path}: ${href} (no such heading)`);
      }
    }
    expect(broken).toEqual([]);
  });

  it("serves a page with sidebar neighbours, trail, edit link and last-updated time", async () => {
    const page = await library.page("kubernetes/requests-and-limits");
    expect(page).toMatchObject({
      title: "Setting requests and limits",
      previous: { href: "/docs/kubernetes/manifests-without-templates" },
      next: { href: "/docs/kubernetes/nginx-reverse-proxy" },
      trail: [{ title: "Kubernetes conventions", href: "/docs/kubernetes" }],
      editUrl: "https://git.example.com/school/-/edit/main/docs/kubernetes/requests-and-limits.md",
    });
    expect(Date.parse(page!.updatedAt)).not.toBeNaN();
    expect(page!.toc.map((t) => t.text)).toContain("Reading Pier's advice");
    expect(await library.page("no/such/page")).toBeNull();
  });

  it("has runbook and architecture docs for most demo services, not all", async () => {
    const snap = await library.snapshot();
    const has = (s: string) => {
      const docs = serviceDocsFrom(snap, s);
      return [Boolean(docs.runbook), Boolean(docs.architecture)];
    };
    expect(["learn", "link", "video-payment", "billing"].map(has)).toEqual(Array(4).fill([true, true]));
    expect(has("backoffice")).toEqual([true, false]);
    expect(has("nginx")).toEqual([false, false]);
  });

  it("finds a doc by a word that only appears in its body", async () => {
    const result = (await library.snapshot()).index.search("ndots");
    expect(result.hits[0]).toMatchObject({ title: "Manifests without templates", section: "Why http://link works everywhere" });
  });
});
