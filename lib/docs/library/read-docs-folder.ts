import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { VFile } from "vfile";
import { readFrontMatter } from "../markdown/render-markdown";
import { docHref, titleFromName } from "./doc-paths";

// Reads every Markdown file under the docs folder (skipping dot folders), with its front
// matter: `title`, `description`, `order` (position among its siblings).

export interface DocSource {
  /** Relative to the docs folder, with "/" separators: "guides/deploys.md". */
  path: string;
  href: string;
  title: string;
  description?: string;
  order?: number;
  /** The Markdown without its front matter. */
  body: string;
  /** The whole file as read, for rendering. */
  source: string;
  mtimeMs: number;
}

/** The first level-1 heading outside code blocks, if the doc starts with one. */
function firstHeading(body: string): string | undefined {
  let fenced = false;
  for (const line of body.split("\n", 80)) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const match = !fenced && /^#\s+(.+?)\s*#*\s*$/.exec(line);
    if (match) return match[1]!.replace(/[*_`]/g, "");
  }
  return undefined;
}

export function parseDocSource(relPath: string, source: string, mtimeMs: number): DocSource {
  const file = new VFile({ value: source, path: relPath });
  const { frontMatter } = readFrontMatter(file);
  const body = String(file.value);
  const text = (key: string) => (typeof frontMatter[key] === "string" ? (frontMatter[key] as string).trim() || undefined : undefined);
  const order = typeof frontMatter.order === "number" ? frontMatter.order : undefined;
  const name = path.posix.basename(relPath) === "index.md" ? path.posix.basename(path.posix.dirname(relPath)) : path.posix.basename(relPath);
  return {
    path: relPath,
    href: docHref(relPath),
    title: text("title") ?? firstHeading(body) ?? titleFromName(name === "." ? "Docs" : name),
    description: text("description"),
    order,
    body,
    source,
    mtimeMs,
  };
}

async function listMarkdownFiles(root: string, dir = ""): Promise<string[]> {
  const entries = await readdir(path.join(root, dir), { withFileTypes: true });
  const found: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
    const rel = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) found.push(...(await listMarkdownFiles(root, rel)));
    else if (entry.isFile() && entry.name.toLowerCase().endsWith(".md")) found.push(rel);
  }
  return found;
}

export async function readDocsFolder(root: string): Promise<DocSource[]> {
  const files = await listMarkdownFiles(root);
  return Promise.all(
    files.map(async (rel) => {
      const full = path.join(root, rel);
      const [source, info] = await Promise.all([readFile(full, "utf8"), stat(full)]);
      return parseDocSource(rel, source, info.mtimeMs);
    }),
  );
}
