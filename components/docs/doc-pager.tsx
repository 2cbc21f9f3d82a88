import { ArrowLeft, ArrowRight } from "lucide-react";
import Link from "next/link";
import type { DocLink } from "@/lib/docs/types";

/** Previous and next doc in sidebar order. */
export function DocPager({ previous, next }: { previous?: DocLink; next?: DocLink }) {
  if (!previous && !next) return null;
  const card = "flex min-w-0 flex-1 flex-col gap-0.5 rounded-lg border border-zinc-200 bg-white px-4 py-3 hover:border-brand-500 dark:border-zinc-800 dark:bg-zinc-900";
  return (
    <nav aria-label="Previous and next" className="mt-10 flex gap-4">
      {previous ? (
        <Link href={previous.href} rel="prev" className={card}>
          <span className="flex items-center gap-1 text-xs text-zinc-500"><ArrowLeft aria-hidden className="size-3" /> Previous</span>
          <span className="truncate font-medium">{previous.title}</span>
        </Link>
      ) : <span className="flex-1" />}
      {next ? (
        <Link href={next.href} rel="next" className={`${card} items-end text-right`}>
          <span className="flex items-center gap-1 text-xs text-zinc-500">Next <ArrowRight aria-hidden className="size-3" /></span>
          <span className="truncate font-medium">{next.title}</span>
        </Link>
      ) : <span className="flex-1" />}
    </nav>
  );
}
