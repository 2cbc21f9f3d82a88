import Link from "next/link";
import { navAreas } from "./nav-areas";

export function AreaCards() {
  return (
    <ul className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
      {navAreas.map(({ href, label, summary, icon: Icon }) => (
        <li key={href}>
          <Link
            href={href}
            className="flex h-full flex-col gap-2 rounded-lg border border-zinc-200 bg-white p-4 hover:border-brand-500 dark:border-zinc-800 dark:bg-zinc-900 dark:hover:border-brand-500"
          >
            <span className="flex items-center gap-2 font-medium">
              <Icon aria-hidden className="size-4 text-brand-600 dark:text-brand-500" />
              {label}
            </span>
            <span className="text-sm text-zinc-600 dark:text-zinc-400">{summary}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
