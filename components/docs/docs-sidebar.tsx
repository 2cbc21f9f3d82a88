"use client";

import clsx from "clsx";
import { ChevronRight } from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import type { SidebarNode } from "@/lib/docs/types";

// The docs' own navigation, from the folder structure. Folders holding the current page are
// open; others start closed below the first level.

function contains(node: SidebarNode, path: string): boolean {
  return node.href === path || node.children.some((c) => contains(c, path));
}

function Entry({ node, path, depth }: { node: SidebarNode; path: string; depth: number }) {
  const current = node.href === path;
  const label = node.href ? (
    <Link
      href={node.href}
      aria-current={current ? "page" : undefined}
      className={clsx(
        "block truncate rounded px-2 py-1",
        current ? "bg-brand-50 font-medium text-brand-700 dark:bg-brand-500/15 dark:text-brand-100" : "text-zinc-700 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800",
      )}
    >
      {node.title}
    </Link>
  ) : (
    <span className="block truncate px-2 py-1 text-zinc-700 dark:text-zinc-300">{node.title}</span>
  );
  if (node.children.length === 0) return <li>{label}</li>;
  return (
    <li>
      <details open={depth === 0 || contains(node, path)}>
        <summary className="flex cursor-pointer list-none items-center gap-1 [&::-webkit-details-marker]:hidden">
          <ChevronRight aria-hidden className="size-3.5 shrink-0 text-zinc-400 transition-transform [[open]>summary>&]:rotate-90" />
          <span className="min-w-0 flex-1 font-medium">{label}</span>
        </summary>
        <ul className="ml-3 border-l border-zinc-200 pl-1 dark:border-zinc-800">
          {node.children.map((child) => (
            <Entry key={child.path} node={child} path={path} depth={depth + 1} />
          ))}
        </ul>
      </details>
    </li>
  );
}

export function DocsSidebar({ nodes }: { nodes: SidebarNode[] }) {
  const path = usePathname();
  return (
    <nav aria-label="Docs" className="text-sm">
      <ul className="space-y-0.5">
        {nodes.map((node) => (
          <Entry key={node.path} node={node.path === "index.md" ? { ...node, title: "Overview" } : node} path={path} depth={0} />
        ))}
      </ul>
    </nav>
  );
}
