import MiniSearch, { type SearchResult } from "minisearch";
import type { DocSearchHit, DocSearchResult } from "../types";
import { extractSections, type DocSection } from "./extract-sections";
import { bestSection, makeExcerpt } from "./make-excerpt";

// Full-text search over the docs: an in-memory MiniSearch index (BM25 ranking, prefix and
// fuzzy matching), built once per docs version. Chosen over PostgreSQL full-text search because
// the docs are files, not rows: no sync job, works without a database, and a few thousand
// pages index in about a second and answer in well under a millisecond (bench/docs.bench.ts).

export interface IndexableDoc {
  path: string;
  href: string;
  title: string;
  description?: string;
  body: string;
}

interface Entry {
  path: string;
  href: string;
  title: string;
  sections: DocSection[];
}

export interface DocsSearchIndex {
  search(query: string, limit?: number): DocSearchResult;
  size: number;
}

export function buildSearchIndex(docs: IndexableDoc[]): DocsSearchIndex {
  const entries: Entry[] = [];
  const mini = new MiniSearch<{ id: number; title: string; headings: string; text: string }>({
    fields: ["title", "headings", "text"],
    searchOptions: {
      boost: { title: 4, headings: 2 },
      prefix: (term) => term.length >= 3,
      fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
      combineWith: "AND",
    },
  });
  const records = docs.map((doc, id) => {
    const sections = extractSections(doc.body);
    entries.push({ path: doc.path, href: doc.href, title: doc.title, sections });
    const text = [doc.description ?? "", ...sections.map((s) => s.text)].join(" ");
    return { id, title: doc.title, headings: sections.map((s) => s.heading).join(" "), text };
  });
  mini.addAll(records);

  const toHit = (result: SearchResult): DocSearchHit => {
    const entry = entries[result.id as number]!;
    const terms = new Set(result.terms.map((t) => t.toLowerCase()));
    const section = bestSection(entry.sections, terms);
    const anchor = section?.anchor ? `#${section.anchor}` : "";
    return {
      title: entry.title,
      href: `${entry.href}${anchor}`,
      path: entry.path,
      section: section?.heading || undefined,
      excerpt: makeExcerpt(section?.text ?? "", terms),
      score: Math.round(result.score * 100) / 100,
    };
  };

  return {
    size: docs.length,
    search(query, limit = 10) {
      const started = performance.now();
      const q = query.trim().slice(0, 200);
      let results = q ? mini.search(q) : [];
      // Every word must match; when that finds nothing, any word may (ranked by how many do).
      if (results.length === 0 && /\s/.test(q)) results = mini.search(q, { combineWith: "OR" });
      const hits = results.slice(0, Math.max(1, Math.min(limit, 50))).map(toHit);
      return { query: q, total: results.length, hits, tookMs: Math.round((performance.now() - started) * 100) / 100 };
    },
  };
}
