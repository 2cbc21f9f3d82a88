import type { DocLink, SidebarNode } from "../types";
import { titleFromName } from "./doc-paths";
import type { DocSource } from "./read-docs-folder";

// The sidebar mirrors the folder structure: a folder is a section (its index.md is the
// section's page), siblings sorted by front matter `order`, then title. Reading order
// (previous/next) walks the sidebar depth first.

interface Draft {
  node: SidebarNode;
  order: number;
  folders: Map<string, Draft>;
}

const last = Number.POSITIVE_INFINITY;

function sortDrafts(drafts: Draft[]): SidebarNode[] {
  drafts.sort((a, b) => a.order - b.order || a.node.title.localeCompare(b.node.title));
  return drafts.map((d) => d.node);
}

export function buildSidebar(docs: DocSource[]): SidebarNode[] {
  const root: Draft = { node: { title: "Docs", path: "", children: [] }, order: 0, folders: new Map() };
  const pages = new Map<Draft, Draft[]>();
  const folderOf = (dirs: string[]): Draft => {
    let draft = root;
    let prefix = "";
    for (const dir of dirs) {
      prefix += `${dir}/`;
      let next = draft.folders.get(dir);
      if (!next) {
        // Service folders keep the service's name ("video-payment"): it is what people search for.
        const title = prefix.startsWith("services/") && prefix !== "services/" ? dir : titleFromName(dir);
        next = { node: { title, path: prefix, children: [] }, order: last, folders: new Map() };
        draft.folders.set(dir, next);
      }
      draft = next;
    }
    return draft;
  };
  for (const doc of docs) {
    const parts = doc.path.split("/");
    const file = parts.pop()!;
    const folder = folderOf(parts);
    if (file.toLowerCase() === "index.md" && folder !== root) {
      Object.assign(folder.node, { title: doc.title, href: doc.href });
      folder.order = doc.order ?? last;
      continue;
    }
    const list = pages.get(folder) ?? [];
    list.push({ node: { title: doc.title, href: doc.href, path: doc.path, children: [] }, order: doc.order ?? (doc.path === "index.md" ? -last : last), folders: new Map() });
    pages.set(folder, list);
  }
  const finish = (draft: Draft): SidebarNode[] => {
    for (const folder of draft.folders.values()) folder.node.children = finish(folder);
    return sortDrafts([...(pages.get(draft) ?? []), ...draft.folders.values()]);
  };
  return finish(root);
}

/** Every page in sidebar order: what previous and next follow. */
export function readingOrder(sidebar: SidebarNode[]): DocLink[] {
  const out: DocLink[] = [];
  const walk = (nodes: SidebarNode[]) => {
    for (const node of nodes) {
      if (node.href) out.push({ title: node.title, href: node.href });
      walk(node.children);
    }
  };
  walk(sidebar);
  return out;
}
