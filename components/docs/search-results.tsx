import { FileText } from "lucide-react";
import Link from "next/link";
import type { DocSearchResult, ExcerptPart } from "@/lib/docs/types";

export function Excerpt({ parts }: { parts: ExcerptPart[] }) {
  return (
    <>
      {parts.map((part, i) =>
        part.hit ? (
          <mark key={i} className="rounded-sm bg-amber-100 px-0.5 text-inherit dark:bg-amber-500/25">
            {part.text}
          </mark>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </>
  );
}

/** Ranked hits, each with its section and an excerpt with the matched words marked. */
export function SearchResults({ result }: { result: DocSearchResult }) {
  return (
    <div>
      <p className="mb-4 text-sm text-zinc-600 dark:text-zinc-400" role="status">
        {result.total === 0 ? `No doc matches “${result.query}”.` : `${result.total} ${result.total === 1 ? "doc matches" : "docs match"} “${result.query}” (${result.tookMs} ms).`}
      </p>
      <ol className="space-y-3" aria-label="Search results">
        {result.hits.map((hit) => (
          <li key={hit.href} className="rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900">
            <Link href={hit.href} className="flex items-center gap-1.5 font-medium text-brand-700 hover:underline dark:text-brand-100">
              <FileText aria-hidden className="size-4 shrink-0" />
              {hit.title}
              {hit.section && <span className="font-normal text-zinc-500"> › {hit.section}</span>}
            </Link>
            <p className="mt-1 text-xs text-zinc-500">{hit.path}</p>
            <p className="mt-2 text-sm leading-relaxed text-zinc-700 dark:text-zinc-300">
              <Excerpt parts={hit.excerpt} />
            </p>
          </li>
        ))}
      </ol>
    </div>
  );
}
