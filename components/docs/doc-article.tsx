import { ChevronRight, History, Pencil, TriangleAlert } from "lucide-react";
import Link from "next/link";
import { Callout } from "@/components/ui/callout";
import { RelativeTime } from "@/components/ui/relative-time";
import type { DocPageDto } from "@/lib/docs/types";
import { DocBody } from "./doc-body";
import { DocPager } from "./doc-pager";
import { DocToc } from "./doc-toc";

/** One doc: where it sits, its title, when it changed, how to edit it, the text and its outline. */
export function DocArticle({ page, home = false }: { page: DocPageDto; home?: boolean }) {
  return (
    <div className="flex gap-10">
      <article className="max-w-3xl min-w-0 flex-1">
        {page.trail.length > 0 && (
          <ol aria-label="Section" className="mb-2 flex flex-wrap items-center gap-1 text-xs text-zinc-500">
            {page.trail.map((link) => (
              <li key={link.title} className="flex items-center gap-1">
                {link.href ? <Link href={link.href} className="hover:text-zinc-900 dark:hover:text-zinc-100">{link.title}</Link> : link.title}
                <ChevronRight aria-hidden className="size-3" />
              </li>
            ))}
          </ol>
        )}
        <h1 className="text-2xl font-semibold tracking-tight">{home ? "Docs" : page.title}</h1>
        {page.description && <p className="mt-1.5 text-zinc-600 dark:text-zinc-400">{page.description}</p>}
        <div className="mt-3 mb-6 flex flex-wrap items-center gap-x-4 gap-y-1 border-b border-zinc-200 pb-4 text-xs text-zinc-500 dark:border-zinc-800">
          <span className="inline-flex items-center gap-1" title={page.updatedFrom === "git" ? "Last commit touching this file" : "Modification time of the file"}>
            <History aria-hidden className="size-3.5" /> Updated <RelativeTime iso={page.updatedAt} />
            {page.updatedFrom === "file" && " (file time; not in git)"}
          </span>
          {page.editUrl && (
            <a href={page.editUrl} target="_blank" rel="noreferrer" className="inline-flex items-center gap-1 hover:text-zinc-900 dark:hover:text-zinc-100">
              <Pencil aria-hidden className="size-3.5" /> Edit this page
            </a>
          )}
          <span className="font-mono">{page.path}</span>
        </div>
        {page.warnings.length > 0 && (
          <div className="mb-6">
            <Callout tone="warning" icon={TriangleAlert} title="This page has problems its authors should fix">
              <ul className="list-disc pl-4">{page.warnings.map((w) => <li key={w}>{w}</li>)}</ul>
            </Callout>
          </div>
        )}
        <DocBody tree={page.tree} />
        <DocPager previous={page.previous} next={page.next} />
      </article>
      <aside className="hidden w-52 shrink-0 xl:block">
        <div className="sticky top-16">
          <DocToc entries={page.toc} />
        </div>
      </aside>
    </div>
  );
}
