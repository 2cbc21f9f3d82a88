"use client";

import { useQuery } from "@tanstack/react-query";
import clsx from "clsx";
import { BookOpen, Layers, Search, Server, type LucideIcon } from "lucide-react";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import type { SearchHitDto } from "@/lib/environments/types";
import { docsSearchQuery } from "@/lib/queries/docs";
import { searchQuery } from "@/lib/queries/environments";
import { navAreas } from "./nav-areas";

// Ctrl/Cmd-K: jump to any page, environment, service or doc by name. Pages are matched here;
// environments and services come from /api/search (the server's watch caches), docs from
// /api/docs/search (the docs index).

type Hit = { kind: "page" | "doc" | SearchHitDto["kind"]; label: string; detail: string; href: string };
const icons: Record<Hit["kind"], LucideIcon> = { page: Search, environment: Layers, service: Server, doc: BookOpen };

function PaletteDialog({ onClose }: { onClose: () => void }) {
  const router = useRouter();
  const [query, setQuery] = useState("");
  const [debounced, setDebounced] = useState("");
  const [active, setActive] = useState(0);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(query.trim()), 120);
    return () => clearTimeout(timer);
  }, [query]);
  const { data } = useQuery(searchQuery(debounced));
  const { data: docs } = useQuery(docsSearchQuery(debounced, 5));
  const docHits: Hit[] = (docs?.hits ?? []).map((h) => ({ kind: "doc", label: h.title, detail: h.section ?? h.path, href: h.href }));
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const pages: Hit[] = navAreas.filter((a) => words.every((w) => a.label.toLowerCase().includes(w))).map((a) => ({ kind: "page", label: a.label, detail: a.summary, href: a.href }));
  const hits: Hit[] = [...(words.length ? pages : pages.slice(0, 6)), ...(debounced ? [...(data ?? []), ...docHits] : [])].slice(0, 20);
  const go = (hit: Hit | undefined) => {
    if (!hit) return;
    onClose();
    router.push(hit.href);
  };
  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === "ArrowDown") setActive((i) => Math.min(i + 1, hits.length - 1));
    else if (e.key === "ArrowUp") setActive((i) => Math.max(i - 1, 0));
    else if (e.key === "Enter") go(hits[active]);
    else if (e.key === "Escape") onClose();
    else return;
    e.preventDefault();
  };
  return (
    <div className="fixed inset-0 z-50 flex items-start justify-center bg-zinc-950/40 pt-[12vh]" onMouseDown={onClose}>
      <div role="dialog" aria-modal="true" aria-label="Go to" className="w-full max-w-xl overflow-hidden rounded-xl border border-zinc-200 bg-white shadow-2xl dark:border-zinc-700 dark:bg-zinc-900" onMouseDown={(e) => e.stopPropagation()}>
        <div className="flex items-center gap-2 border-b border-zinc-200 px-3 dark:border-zinc-700">
          <Search aria-hidden className="size-4 text-zinc-400" />
          <input
            autoFocus
            role="combobox"
            aria-expanded="true"
            aria-controls="palette-results"
            aria-activedescendant={hits[active] ? `palette-${active}` : undefined}
            aria-label="Go to environment, service, page or doc"
            placeholder="Environment, service, page or doc…"
            value={query}
            onChange={(e) => (setQuery(e.target.value), setActive(0))}
            onKeyDown={onKeyDown}
            className="h-11 w-full bg-transparent text-sm outline-none"
          />
        </div>
        <ul id="palette-results" role="listbox" aria-label="Results" className="max-h-80 overflow-y-auto p-1">
          {hits.map((hit, i) => {
            const Icon = icons[hit.kind];
            return (
              <li
                key={`${hit.kind}:${hit.href}`}
                id={`palette-${i}`}
                role="option"
                aria-selected={i === active}
                onMouseEnter={() => setActive(i)}
                onClick={() => go(hit)}
                className={clsx("flex cursor-pointer items-center gap-3 rounded-md px-3 py-2 text-sm", i === active && "bg-brand-50 dark:bg-brand-500/15")}
              >
                <Icon aria-hidden className="size-4 shrink-0 text-zinc-400" />
                <span className="font-medium">{hit.label}</span>
                <span className="truncate text-xs text-zinc-500">{hit.detail}</span>
              </li>
            );
          })}
          {hits.length === 0 && <li className="px-3 py-6 text-center text-sm text-zinc-500">Nothing matches “{query}”.</li>}
        </ul>
      </div>
    </div>
  );
}

export function CommandPalette() {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.metaKey || e.ctrlKey) && e.key.toLowerCase() === "k") {
        e.preventDefault();
        setOpen((o) => !o);
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        aria-keyshortcuts="Control+K Meta+K"
        className="flex h-7 shrink-0 items-center gap-2 whitespace-nowrap rounded-md border border-zinc-200 px-2 text-xs text-zinc-500 hover:text-zinc-900 dark:border-zinc-700 dark:hover:text-zinc-100"
      >
        <Search aria-hidden className="size-3.5" />
        Go to…
        <kbd className="rounded border border-zinc-200 px-1 font-sans text-[10px] dark:border-zinc-700">Ctrl K</kbd>
      </button>
      {open && <PaletteDialog onClose={() => setOpen(false)} />}
    </>
  );
}
