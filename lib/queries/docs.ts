import { queryOptions } from "@tanstack/react-query";
import type { DocSearchResult } from "@/lib/docs/types";
import { fetchJson } from "./fetch-json";

// Docs search for the browser (the command palette, search-as-you-type):
//   useQuery(docsSearchQuery(text, 5)) -> { query, total, hits: [{ title, href, section, excerpt }] }
export const docsKeys = {
  search: (query: string, limit: number) => ["docs", "search", query, limit] as const,
};

export const docsSearchQuery = (query: string, limit = 8) =>
  queryOptions({
    queryKey: docsKeys.search(query.trim(), limit),
    queryFn: ({ signal }) => fetchJson<DocSearchResult>(`/api/docs/search?q=${encodeURIComponent(query.trim())}&limit=${limit}`, signal),
    enabled: query.trim().length > 0,
    staleTime: 60_000,
  });
