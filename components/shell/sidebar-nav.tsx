"use client";

import clsx from "clsx";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { areaForPath, navAreasFor } from "./nav-areas";

export function SidebarNav({ showAdmin = false }: { showAdmin?: boolean }) {
  const areas = navAreasFor(showAdmin);
  const active = areaForPath(usePathname(), areas);
  return (
    <nav aria-label="Areas" className="flex flex-col gap-0.5">
      {areas.map((area) => {
        const Icon = area.icon;
        const current = area === active;
        return (
          <Link
            key={area.href}
            href={area.href}
            aria-current={current ? "page" : undefined}
            className={clsx(
              "flex items-center gap-2.5 rounded-md px-2.5 py-1.5 text-sm font-medium",
              current
                ? "bg-brand-50 text-brand-700 dark:bg-brand-500/15 dark:text-brand-100"
                : "text-zinc-600 hover:bg-zinc-100 hover:text-zinc-900 dark:text-zinc-400 dark:hover:bg-zinc-800/60 dark:hover:text-zinc-100",
            )}
          >
            <Icon aria-hidden className="size-4 shrink-0" />
            {area.label}
          </Link>
        );
      })}
    </nav>
  );
}
