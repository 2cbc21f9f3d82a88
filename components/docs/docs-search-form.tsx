import { Search } from "lucide-react";

/** The docs search box: a plain GET form to /docs/search, so it works before any JavaScript. */
export function DocsSearchForm({ query = "", autoFocus = false }: { query?: string; autoFocus?: boolean }) {
  return (
    <form action="/docs/search" role="search" className="relative">
      <Search aria-hidden className="pointer-events-none absolute top-2.5 left-2.5 size-4 text-zinc-400" />
      <input
        type="search"
        name="q"
        defaultValue={query}
        autoFocus={autoFocus}
        placeholder="Search the docs"
        aria-label="Search the docs"
        className="h-9 w-full rounded-md border border-zinc-300 bg-white pr-2.5 pl-8 text-sm text-zinc-900 placeholder:text-zinc-400 dark:border-zinc-700 dark:bg-zinc-950 dark:text-zinc-100"
      />
    </form>
  );
}
