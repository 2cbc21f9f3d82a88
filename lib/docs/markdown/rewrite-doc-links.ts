import type { Element, Root } from "hast";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";
import { docHref } from "../library/doc-paths";

// Links between docs are written as relative paths to .md files (they work on the git host
// too); in Pier they become /docs/... routes. Links to Pier itself (/environments/...) and
// to the web are left as written; web links open in a new tab.
export function rehypeRewriteDocLinks() {
  return (tree: Root, file: VFile) => {
    const from = typeof file.data.docPath === "string" ? file.data.docPath : "index.md";
    visit(tree, "element", (node: Element) => {
      if (node.tagName !== "a" || typeof node.properties.href !== "string") return;
      const href = node.properties.href;
      if (/^[a-z][a-z0-9+.-]*:/i.test(href)) {
        if (/^https?:/i.test(href)) Object.assign(node.properties, { target: "_blank", rel: ["noopener", "noreferrer"] });
        return;
      }
      if (href.startsWith("/") || href.startsWith("#")) return;
      node.properties.href = resolveDocLink(from, href);
    });
  };
}

/** "../guides/deploys.md#rollback" seen from "services/learn/runbook.md" -> "/docs/guides/deploys#rollback". */
export function resolveDocLink(fromPath: string, href: string): string {
  const [target = "", hash] = href.split("#", 2);
  const base = fromPath.split("/").slice(0, -1);
  for (const part of target.split("/")) {
    if (part === "..") base.pop();
    else if (part !== "." && part !== "") base.push(part);
  }
  const path = base.join("/");
  const route = /\.md$/i.test(path) ? docHref(path) : `/docs/${path}`;
  return hash ? `${route}#${hash}` : route;
}
