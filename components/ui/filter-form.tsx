import { Filter } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";
import { Button, buttonClasses } from "./button";
import { Callout } from "./callout";

/**
 * A list's filters as a plain GET form, so every filtered view is a link one can share: the
 * fields, a submit button and Clear; below it, the filters that were not understood, if any.
 */
export function FilterForm({ action, label, submit, ignored, children }: { action: string; label: string; submit?: ReactNode; ignored?: string | null; children: ReactNode }) {
  return (
    <>
      <form method="get" action={action} aria-label={label} className="mb-4 flex flex-wrap items-end gap-3 rounded-lg border border-zinc-200 bg-white p-3 dark:border-zinc-800 dark:bg-zinc-900">
        {children}
        <div className="flex gap-2">
          <Button type="submit">
            {submit ?? (
              <>
                <Filter aria-hidden className="size-4" />
                Filter
              </>
            )}
          </Button>
          <Link href={action} className={buttonClasses("ghost")}>
            Clear
          </Link>
        </div>
      </form>
      {ignored && (
        <div className="mb-4">
          <Callout tone="danger" role="alert" title="Some filters were not understood and are ignored">
            {ignored}
          </Callout>
        </div>
      )}
    </>
  );
}
