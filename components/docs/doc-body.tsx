import type { Element, Root } from "hast";
import { toJsxRuntime, type Components } from "hast-util-to-jsx-runtime";
import Link from "next/link";
import type { ComponentProps } from "react";
import { Fragment, jsx, jsxs } from "react/jsx-runtime";
import { MermaidDiagram } from "./mermaid-diagram";
import "./doc-prose.css";

// A doc's sanitized HTML tree as React elements: links inside Pier navigate client-side,
// Mermaid blocks are drawn in the browser. The leading h1 is dropped: the page header shows it.

function DocAnchor({ href, ...props }: ComponentProps<"a">) {
  if (href?.startsWith("/") && !props.target) return <Link href={href} {...props} />;
  return <a href={href} {...props} />;
}

function DocPre(props: ComponentProps<"pre"> & { "data-mermaid"?: string }) {
  if (props["data-mermaid"]) return <MermaidDiagram source={String(props.children ?? "")} />;
  return <pre {...props} />;
}

const components: Partial<Components> = { a: DocAnchor, pre: DocPre as Components["pre"] };

function withoutLeadingTitle(tree: Root): Root {
  const first = tree.children.find((n) => n.type === "element" || (n.type === "text" && n.value.trim()));
  if (first?.type !== "element" || (first as Element).tagName !== "h1") return tree;
  return { ...tree, children: tree.children.filter((n) => n !== first) };
}

export function DocBody({ tree }: { tree: Root }) {
  return <div className="doc-prose">{toJsxRuntime(withoutLeadingTitle(tree), { Fragment, jsx, jsxs, components })}</div>;
}
