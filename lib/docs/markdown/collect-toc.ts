import type { Element, Root } from "hast";
import { toString } from "hast-util-to-string";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";

export interface TocEntry {
  depth: 2 | 3;
  id: string;
  text: string;
}

// The table of contents: h2 and h3 headings with the ids rehype-slug gave them.
export function rehypeCollectToc() {
  return (tree: Root, file: VFile) => {
    const toc: TocEntry[] = [];
    visit(tree, "element", (node: Element) => {
      const rank = node.tagName === "h2" ? 2 : node.tagName === "h3" ? 3 : 0;
      if ((rank === 2 || rank === 3) && typeof node.properties.id === "string") {
        toc.push({ depth: rank, id: node.properties.id, text: toString(node).trim() });
      }
    });
    file.data.toc = toc;
  };
}
