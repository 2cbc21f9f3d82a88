"use client";

import { ChevronRight } from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { homeArea, navAreas, otherPages } from "./nav-areas";

interface Crumb {
  href: string;
  label: string;
}

/** Crumbs from the URL: area labels for known areas, the raw segment (a namespace, a service) otherwise. */
export function crumbsForPath(pathname: string): Crumb[] {
  const segments = pathname.split("/").filter(Boolean);
  const crumbs: Crumb[] = [{ href: homeArea.href, label: homeArea.label }];
  segments.forEach((segment, index) => {
    const href = `/${segments.slice(0, index + 1).join("/")}`;
    const area = [...navAreas, ...otherPages].find((a) => a.href === href);
    crumbs.push({ href, label: area?.label ?? decodeURIComponent(segment) });
  });
  return crumbs;
}

export function Breadcrumbs() {
  const crumbs = crumbsForPath(usePathname());
  return (
    <nav aria-label="Breadcrumb" className="min-w-0">
      <ol className="flex items-center gap-1 text-sm text-zinc-500 dark:text-zinc-400">
        {crumbs.map((crumb, index) => {
          const last = index === crumbs.length - 1;
          return (
            <li key={crumb.href} className="flex min-w-0 items-center gap-1">
              {index > 0 && <ChevronRight aria-hidden className="size-3.5 shrink-0" />}
              {last ? (
                <span aria-current="page" className="truncate font-medium text-zinc-900 dark:text-zinc-100">
                  {crumb.label}
                </span>
              ) : (
                <Link href={crumb.href} className="truncate hover:text-zinc-900 dark:hover:text-zinc-100">
                  {crumb.label}
                </Link>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
