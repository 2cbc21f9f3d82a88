import type { Element, Root } from "hast";
import { toString } from "hast-util-to-string";
import { visit } from "unist-util-visit";

// ```mermaid blocks become <pre data-mermaid> holding the diagram source as text: the browser
// draws them (lazily loading Mermaid); the highlighter, which only looks at <pre><code>, skips them.
export function rehypeMarkMermaid() {
  return (tree: Root) => {
    visit(tree, "element", (node: Element) => {
      if (node.tagName !== "pre") return;
      const code = node.children.find((child): child is Element => child.type === "element" && child.tagName === "code");
      const classes = code?.properties.className;
      if (!code || !Array.isArray(classes) || !classes.includes("language-mermaid")) return;
      node.properties = { dataMermaid: "true", className: ["mermaid-source"] };
      node.children = [{ type: "text", value: toString(code) }];
    });
  };
}
