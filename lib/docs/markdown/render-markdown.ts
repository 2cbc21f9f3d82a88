import type { Root } from "hast";
import { toHtml } from "hast-util-to-html";
import rehypeAutolinkHeadings from "rehype-autolink-headings";
import rehypeHighlight from "rehype-highlight";
import rehypeRaw from "rehype-raw";
import rehypeSanitize from "rehype-sanitize";
import rehypeSlug from "rehype-slug";
import remarkGfm from "remark-gfm";
import { remarkAlert } from "remark-github-blockquote-alert";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { VFile } from "vfile";
import { matter } from "vfile-matter";
import { rehypeCollectToc, type TocEntry } from "./collect-toc";
import { highlightAliases, highlightLanguages } from "./highlight-languages";
import { rehypeMarkMermaid } from "./mark-mermaid";
import { rehypeRewriteDocLinks } from "./rewrite-doc-links";
import { docsSanitizeSchema } from "./sanitize-schema";

// The docs' Markdown pipeline: GFM with front matter and GitHub alerts, raw HTML allowed but
// sanitized (before anything of ours adds attributes), Mermaid blocks set aside for the
// browser, highlighted code, heading anchors, links between docs rewritten to Pier routes.
// Pure and synchronous: the docs library caches its output per file version.

export interface RenderedMarkdown {
  /** The sanitized HTML tree; components turn it into React elements. */
  tree: Root;
  frontMatter: Record<string, unknown>;
  toc: TocEntry[];
  /** Problems worth telling the author (bad front matter, unknown code language). */
  warnings: string[];
}

declare module "vfile" {
  interface DataMap {
    docPath: string;
    toc: TocEntry[];
    matter: Record<string, unknown>;
  }
}

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkAlert)
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeRaw)
  .use(rehypeSanitize, docsSanitizeSchema)
  .use(rehypeMarkMermaid)
  .use(rehypeHighlight, { languages: highlightLanguages, aliases: highlightAliases, detect: false })
  .use(rehypeSlug)
  .use(rehypeCollectToc)
  .use(rehypeAutolinkHeadings, {
    behavior: "append",
    properties: { className: ["heading-anchor"], ariaHidden: "true", tabIndex: -1 },
    content: { type: "text", value: "#" },
  })
  .use(rehypeRewriteDocLinks);

/** Splits off the front matter; a broken block is reported and treated as absent. */
export function readFrontMatter(file: VFile): { frontMatter: Record<string, unknown>; warning?: string } {
  try {
    matter(file, { strip: true });
    const data = file.data.matter;
    return { frontMatter: data && typeof data === "object" && !Array.isArray(data) ? data : {} };
  } catch (error) {
    file.value = String(file.value).replace(/^---\r?\n[\s\S]*?\r?\n---(\r?\n|$)/, "");
    return { frontMatter: {}, warning: `front matter is not valid YAML: ${(error as Error).message.split("\n")[0]}` };
  }
}

/** Renders one doc; `path` (relative to the docs folder) resolves its relative links. */
export function renderMarkdown(source: string, path = "index.md"): RenderedMarkdown {
  const file = new VFile({ value: source, path, data: { docPath: path } });
  const { frontMatter, warning } = readFrontMatter(file);
  const tree = processor.runSync(processor.parse(file), file);
  const warnings = [...(warning ? [warning] : []), ...file.messages.map((m) => m.reason)];
  return { tree, frontMatter, toc: file.data.toc ?? [], warnings };
}

/** The rendered doc as an HTML string (tests, previews). */
export function renderMarkdownToHtml(source: string, path?: string): string {
  return toHtml(renderMarkdown(source, path).tree);
}
