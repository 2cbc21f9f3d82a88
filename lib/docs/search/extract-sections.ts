import GithubSlugger from "github-slugger";

// Plain text of a doc, cut into sections at its headings, for the search index. A line
// scanner rather than the full Markdown pipeline: indexing thousands of pages must take
// seconds, not minutes. Anchors come from the same slugger as rehype-slug, so they match.

export interface DocSection {
  /** Heading id to link to; "" for the text before the first heading. */
  anchor: string;
  heading: string;
  text: string;
}

/** Markdown inline syntax out, words kept: links keep their text, code keeps its content. */
export function stripInline(line: string): string {
  return line
    .replace(/<[^>]+>/g, " ")
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]/gi, "")
    .replace(/[*_~`]+/g, "")
    .replace(/^\s{0,3}(>\s?)+/, "")
    .replace(/^\s*([-+*]|\d+[.)])\s+(\[[ xX]\]\s+)?/, "")
    .replace(/^\s*\|?(\s*:?-+:?\s*\|)+\s*$/, "")
    .replace(/\s*\|\s*/g, " ")
    .trim();
}

export function extractSections(body: string): DocSection[] {
  const slugger = new GithubSlugger();
  const sections: DocSection[] = [];
  let current: DocSection = { anchor: "", heading: "", text: "" };
  const lines: string[] = [];
  const flush = () => {
    current.text = lines.join(" ").replace(/\s+/g, " ").trim();
    if (current.text || current.heading) sections.push(current);
    lines.length = 0;
  };
  let fence: string | null = null;
  for (const line of body.split("\n")) {
    const fenceMatch = /^\s*(```+|~~~+)/.exec(line);
    if (fenceMatch) {
      if (fence === null) fence = fenceMatch[1]!.slice(0, 3);
      else if (fenceMatch[1]!.startsWith(fence)) fence = null;
      continue;
    }
    if (fence !== null) {
      lines.push(line.trim());
      continue;
    }
    const heading = /^\s{0,3}(#{1,6})\s+(.+?)\s*#*\s*$/.exec(line);
    if (heading) {
      flush();
      const text = stripInline(heading[2]!);
      const anchor = slugger.slug(text); // every heading takes its slug, as rehype-slug does
      const title = heading[1]!.length === 1; // the page's own title: link to the page's top
      current = { anchor: title ? "" : anchor, heading: title ? "" : text, text: "" };
      continue;
    }
    const text = stripInline(line);
    if (text) lines.push(text);
  }
  flush();
  return sections;
}
