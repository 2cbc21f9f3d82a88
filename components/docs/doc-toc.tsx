import clsx from "clsx";
import type { TocEntry } from "@/lib/docs/types";

/** "On this page": the doc's h2 and h3 headings. */
export function DocToc({ entries }: { entries: TocEntry[] }) {
  if (entries.length < 2) return null;
  return (
    <nav aria-label="On this page" className="text-sm">
      <p className="mb-2 text-xs font-medium tracking-wide text-zinc-500 uppercase">On this page</p>
      <ul className="space-y-1 border-l border-zinc-200 dark:border-zinc-800">
        {entries.map((entry) => (
          <li key={entry.id}>
            <a href={`#${entry.id}`} className={clsx("-ml-px block border-l border-transparent py-0.5 text-zinc-600 hover:border-zinc-400 hover:text-zinc-900 dark:text-zinc-400 dark:hover:text-zinc-100", entry.depth === 3 ? "pl-6" : "pl-3")}>
              {entry.text}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
