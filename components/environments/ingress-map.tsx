import { ArrowRight, Globe, Shuffle } from "lucide-react";
import Link from "next/link";
import type { IngressRouteDto, ProxyRouteDto } from "@/lib/environments/types";

// The way in, drawn small: Ingress host and path -> the service behind it (nginx, by
// convention) -> nginx's path routes to the apps. Makes "everything goes through nginx" visible.

const box = "rounded-md border border-zinc-200 bg-white px-3 py-2 text-sm dark:border-zinc-700 dark:bg-zinc-900";

export function IngressMap({ routes, proxy, base }: { routes: IngressRouteDto[]; proxy?: { service: string; routes: ProxyRouteDto[] }; base: string }) {
  if (routes.length === 0) return <p className="text-sm text-zinc-500">No Ingress: this environment is reachable only inside the cluster.</p>;
  return (
    <div className="flex flex-wrap items-center gap-3" aria-label="Ingress routes">
      <ul className="flex flex-col gap-2">
        {routes.map((r) => (
          <li key={`${r.ingress}/${r.host}/${r.path}`} className={`${box} flex items-center gap-2`}>
            <Globe aria-hidden className="size-4 text-zinc-400" />
            <a href={r.url} target="_blank" rel="noreferrer" className="font-mono text-xs hover:underline">
              {r.host}
              <span className="text-brand-700 dark:text-brand-100">{r.path}</span>
            </a>
            <ArrowRight aria-hidden className="size-3.5 text-zinc-400" />
            <Link href={`${base}/${r.service}`} className="font-medium hover:underline">
              {r.service}
              {r.port && <span className="text-zinc-500">:{r.port}</span>}
            </Link>
          </li>
        ))}
      </ul>
      {proxy && (
        <>
          <ArrowRight aria-hidden className="size-5 text-zinc-400" />
          <div className={`${box} flex items-center gap-2 font-medium`}>
            <Shuffle aria-hidden className="size-4 text-zinc-400" />
            {proxy.service}
          </div>
          <ul className="flex flex-col gap-1 border-l-2 border-zinc-200 pl-3 dark:border-zinc-700" aria-label={`${proxy.service} routes`}>
            {proxy.routes.map((r) => (
              <li key={r.path} className="flex items-center gap-2 text-sm">
                <span className="w-24 font-mono text-xs text-zinc-500">{r.path}</span>
                <ArrowRight aria-hidden className="size-3.5 text-zinc-400" />
                <Link href={`${base}/${r.service}`} className="font-medium hover:underline">
                  {r.service}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
