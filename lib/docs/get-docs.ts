import "server-only";
import path from "node:path";
import { env } from "@/lib/env";
import { DocsLibrary } from "./library/docs-library";
import type { DocPageDto, DocSearchResult, SidebarNode } from "./types";

// The process's one docs library (PIER_DOCS_DIR), built on first use and kept on globalThis so
// every route bundle and dev reload shares it; its file watcher rebuilds it after edits.

const key = Symbol.for("pier.docs");
type Holder = typeof globalThis & { [key]?: DocsLibrary };

export function docsDir(): string {
  return path.resolve(env.PIER_DOCS_DIR);
}

export function getDocsLibrary(): DocsLibrary {
  const holder = globalThis as Holder;
  holder[key] ??= new DocsLibrary(docsDir(), { editUrlPattern: env.PIER_DOCS_EDIT_URL });
  return holder[key];
}

/** A doc by its route below /docs ("guides/deploys"; "" for the home page), or null. */
export function getDocPage(slug: string): Promise<DocPageDto | null> {
  return getDocsLibrary().page(slug);
}

export async function getDocsSidebar(): Promise<SidebarNode[]> {
  return (await getDocsLibrary().snapshot()).sidebar;
}

export async function searchDocs(query: string, limit = 10): Promise<DocSearchResult> {
  return (await getDocsLibrary().snapshot()).index.search(query, limit);
}
