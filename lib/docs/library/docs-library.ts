import { watch, type FSWatcher } from "node:fs";
import { renderMarkdown, type RenderedMarkdown } from "../markdown/render-markdown";
import { buildSearchIndex, type DocsSearchIndex } from "../search/docs-search-index";
import type { DocLink, DocPageDto, SidebarNode } from "../types";
import { buildSidebar, readingOrder } from "./build-sidebar";
import { docSlugOf } from "./doc-paths";
import { readDocsFolder, type DocSource } from "./read-docs-folder";
import { readGitDates } from "./read-git-dates";

// One docs folder, loaded once and kept: pages, sidebar, reading order, git dates and the
// search index. A file watcher marks it stale; the next read rebuilds it (reads during the
// rebuild wait for it; a failed rebuild keeps the last good version). No server-only: the
// benchmark and tests use it directly; lib/docs/get-docs.ts holds the process's instance.

export interface DocsSnapshot {
  docs: DocSource[];
  byPath: Map<string, DocSource>;
  bySlug: Map<string, DocSource>;
  sidebar: SidebarNode[];
  order: DocLink[];
  gitDates: Map<string, string>;
  index: DocsSearchIndex;
  builtAt: number;
  buildMs: number;
}

export interface DocsLibraryOptions {
  /** URL of a doc's editor with `{path}` for its path in the docs folder; unset = no link. */
  editUrlPattern?: string;
  /** Watch the folder for changes (off in benchmarks). */
  watch?: boolean;
}

export class DocsLibrary {
  private current?: DocsSnapshot;
  private building?: Promise<DocsSnapshot>;
  private stale = true;
  private watcher?: FSWatcher;
  private readonly rendered = new WeakMap<DocSource, RenderedMarkdown>();

  constructor(
    readonly dir: string,
    private readonly options: DocsLibraryOptions = {},
  ) {}

  /** The current version, (re)built first when files changed. */
  async snapshot(): Promise<DocsSnapshot> {
    if (!this.stale && this.current) return this.current;
    this.building ??= this.build().finally(() => (this.building = undefined));
    try {
      return await this.building;
    } catch (error) {
      if (this.current) return this.current;
      throw error;
    }
  }

  close(): void {
    this.watcher?.close();
    this.watcher = undefined;
  }

  private async build(): Promise<DocsSnapshot> {
    const started = performance.now();
    this.stale = false;
    this.startWatching();
    const [docs, gitDates] = await Promise.all([readDocsFolder(this.dir), readGitDates(this.dir)]);
    docs.sort((a, b) => a.path.localeCompare(b.path));
    const sidebar = buildSidebar(docs);
    const bySlug = new Map<string, DocSource>();
    for (const doc of docs) if (!bySlug.has(docSlugOf(doc.path))) bySlug.set(docSlugOf(doc.path), doc);
    this.current = {
      docs,
      byPath: new Map(docs.map((d) => [d.path, d])),
      bySlug,
      sidebar,
      order: readingOrder(sidebar),
      gitDates,
      index: buildSearchIndex(docs),
      builtAt: Date.now(),
      buildMs: Math.round(performance.now() - started),
    };
    return this.current;
  }

  private startWatching(): void {
    if (this.watcher || this.options.watch === false) return;
    try {
      this.watcher = watch(this.dir, { recursive: true }, () => (this.stale = true));
      this.watcher.on("error", () => (this.close(), (this.stale = true)));
      this.watcher.unref();
    } catch {
      // No watching here (e.g. the folder is missing): every read rescans, which still works.
      this.stale = true;
    }
  }

  /** A rendered page by its slug ("guides/deploys", "" for the home page), or null. */
  async page(slug: string): Promise<DocPageDto | null> {
    const snap = await this.snapshot();
    const doc = snap.bySlug.get(slug.replace(/^\/+|\/+$/g, ""));
    if (!doc) return null;
    let rendered = this.rendered.get(doc);
    if (!rendered) this.rendered.set(doc, (rendered = renderMarkdown(doc.source, doc.path)));
    const at = snap.order.findIndex((link) => link.href === doc.href);
    const gitDate = snap.gitDates.get(doc.path);
    return {
      path: doc.path,
      href: doc.href,
      title: doc.title,
      description: doc.description,
      tree: rendered.tree,
      toc: rendered.toc,
      updatedAt: gitDate ?? new Date(doc.mtimeMs).toISOString(),
      updatedFrom: gitDate ? "git" : "file",
      editUrl: this.options.editUrlPattern?.replaceAll("{path}", doc.path.split("/").map(encodeURIComponent).join("/")),
      previous: at > 0 ? snap.order[at - 1] : undefined,
      next: at >= 0 && at < snap.order.length - 1 ? snap.order[at + 1] : undefined,
      trail: trailOf(doc.path, snap.sidebar),
      warnings: rendered.warnings,
    };
  }
}

/** The folders above a doc, as sidebar sections (linked when they have an index.md). */
function trailOf(path: string, sidebar: SidebarNode[]): DocLink[] {
  const trail: DocLink[] = [];
  let nodes = sidebar;
  let prefix = "";
  for (const dir of path.split("/").slice(0, -1)) {
    prefix += `${dir}/`;
    const folder = nodes.find((n) => n.path === prefix);
    if (!folder) break;
    if (!path.endsWith(`${prefix}index.md`)) trail.push({ title: folder.title, href: folder.href ?? "" });
    nodes = folder.children;
  }
  return trail;
}
