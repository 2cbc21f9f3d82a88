// Docs at a few thousand pages: index build time (read files, front matter, sections, MiniSearch)
// and search latency over ~3,000 generated pages, beside the Markdown pipeline's render time.
// Run: npx tsx bench/docs.bench.ts   (prints a Markdown section)
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { DocsLibrary } from "../lib/docs/library/docs-library";
import { renderMarkdown } from "../lib/docs/markdown/render-markdown";
import { sequence } from "../sim/core/random";
import { heapMiB as heapInUse, stats, timeRuns } from "./measure";

const PAGES = Number(process.env.DOCS_BENCH_PAGES ?? 3000);
const words = "service deploy rollback namespace branch request limit memory cpu probe readiness liveness ingress nginx console audit replica budget autoscaler quota secret config image tag commit pipeline migration database cache queue worker latency error alert dashboard runbook incident backup restore schema index query timeout retry fallback circuit capacity growth spread zone node drain eviction shutdown signal grace".split(" ");
const random = sequence(42); // seeded, so every run indexes the same pages
const rand = (n: number) => Math.floor(random() * n);
const sentence = () => Array.from({ length: 8 + rand(10) }, () => words[rand(words.length)]).join(" ") + ".";
const paragraph = () => Array.from({ length: 3 + rand(4) }, sentence).join(" ");

function page(i: number): string {
  const sections = Array.from({ length: 4 + rand(4) }, (_, s) => `## Section ${s} ${words[rand(words.length)]}\n\n${paragraph()}\n\n${paragraph()}\n\n${s % 2 ? "```yaml\nreplicas: 2\nresources:\n  requests: { cpu: 100m }\n```\n" : `- ${sentence()}\n- ${sentence()}\n`}`);
  return `---\ntitle: Page ${i} about ${words[rand(words.length)]} ${words[rand(words.length)]}\norder: ${i % 10}\n---\n\n# Page ${i}\n\n${paragraph()}\n\n${sections.join("\n")}\n${i === 1234 ? "The unique word zanzibarish lives here.\n" : ""}`;
}

const ms = (v: number) => `${v < 1 ? v.toFixed(2) : v.toFixed(1)} ms`;

const dir = mkdtempSync(path.join(tmpdir(), "pier-docs-bench-"));
try {
  let bytes = 0;
  for (let i = 0; i < PAGES; i++) {
    const folder = path.join(dir, `area-${i % 30}`, `topic-${i % 7}`);
    mkdirSync(folder, { recursive: true });
    const text = page(i);
    bytes += text.length;
    writeFileSync(path.join(folder, `page-${i}.md`), text);
  }

  const heapBefore = heapInUse();
  let library = new DocsLibrary(dir, { watch: false });
  const builds: number[] = [];
  for (let run = 0; run < 3; run++) {
    library = new DocsLibrary(dir, { watch: false });
    builds.push(...(await timeRuns(1, () => library.snapshot())));
  }
  const snap = await library.snapshot();
  const heapMiB = heapInUse() - heapBefore;

  const queries = ["rollback", "memory limit", "nginx ingress timeout", "replic", "readines", "zanzibarish", "nothing-matches-this", "page 1234"];
  const latency: number[] = [];
  for (let round = 0; round < 50; round++) for (const q of queries) latency.push(...(await timeRuns(1, () => snap.index.search(q, 10))));
  const byQuery = [];
  for (const q of queries) byQuery.push({ q, total: snap.index.search(q, 10).total, time: stats(await timeRuns(20, () => snap.index.search(q, 10))) });
  const found = snap.index.search("zanzibarish").hits[0]?.path;

  const renders: number[] = [];
  for (const doc of snap.docs.slice(0, 200)) renders.push(...(await timeRuns(1, () => renderMarkdown(doc.source, doc.path))));
  const build = stats(builds);
  const search = stats(latency);
  const render = stats(renders);

  console.log(`### Docs: index and search at ${PAGES.toLocaleString("en")} pages

${PAGES.toLocaleString("en")} generated Markdown pages (${(bytes / 2 ** 20).toFixed(1)} MiB, 210 folders, 5-8 sections each
with lists and code) read by \`DocsLibrary\` as Pier does: files, front matter, sidebar, sections and
the MiniSearch index, built once per docs version (the file watcher marks it stale). Searches
ask for the top 10 with excerpts; the unique body word \`zanzibarish\` is found in \`${found}\`.

| measure | p50 | p95 |
|---|---|---|
| index build (read ${PAGES} files + index), 3 runs | ${ms(build.p50)} | ${ms(build.max)} (max) |
| search, ${queries.length} queries × 50 | ${ms(search.p50)} | ${ms(search.p95)} |
| render one page (full Markdown pipeline, cached per file after) | ${ms(render.p50)} | ${ms(render.p95)} |

| query | matching pages | p50 |
|---|---|---|
${byQuery.map((r) => `| \`${r.q}\` | ${r.total} | ${ms(r.time.p50)} |`).join("\n")}

Heap held by the built library (pages, sources, sections, index): ${heapMiB.toFixed(0)} MiB (after GC).
`);
  library.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
