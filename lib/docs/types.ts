import type { Root } from "hast";
import type { TocEntry } from "./markdown/collect-toc";

// What lib/docs hands to pages and the JSON API. Plain data; client-safe (types only).

export type { TocEntry };

export interface DocLink {
  title: string;
  href: string;
}

export interface SidebarNode {
  title: string;
  /** The folder's own page (its index.md) or the doc; absent for a folder without index.md. */
  href?: string;
  /** File path relative to the docs folder ("guides/deploys.md"); folders end with "/". */
  path: string;
  children: SidebarNode[];
}

export interface DocPageDto {
  path: string;
  href: string;
  title: string;
  description?: string;
  tree: Root;
  toc: TocEntry[];
  /** ISO time of the last change: the last commit touching the file, else its modification time. */
  updatedAt: string;
  updatedFrom: "git" | "file";
  editUrl?: string;
  previous?: DocLink;
  next?: DocLink;
  /** Folders above the doc, for breadcrumbs. */
  trail: DocLink[];
  warnings: string[];
}

export interface ExcerptPart {
  text: string;
  /** A word of the query: shown highlighted. */
  hit: boolean;
}

export interface DocSearchHit {
  title: string;
  /** Route of the doc, with the anchor of the section the excerpt comes from. */
  href: string;
  path: string;
  /** Heading of that section, when not the page's start. */
  section?: string;
  excerpt: ExcerptPart[];
  score: number;
}

export interface DocSearchResult {
  query: string;
  total: number;
  hits: DocSearchHit[];
  tookMs: number;
}

/** A service's docs by convention (services/<name>/runbook.md and architecture.md). */
export interface ServiceDocs {
  service: string;
  runbook: DocLink | null;
  architecture: DocLink | null;
  /** Every other doc in services/<name>/ (its index.md first). */
  other: DocLink[];
}
