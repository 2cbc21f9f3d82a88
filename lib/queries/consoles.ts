import { queryOptions } from "@tanstack/react-query";
import type { ConsoleRecordingDto, ConsoleSessionDto } from "@/lib/console/types";
import { fetchJson } from "./fetch-json";

// Query keys and options of console sessions. A session page polls while the session waits for
// a decision; a recording is fetched whole (every page), once.

const enc = encodeURIComponent;

export const consoleKeys = {
  all: () => ["consoles"] as const,
  session: (id: string) => ["consoles", "sessions", id] as const,
  recording: (id: string) => ["consoles", "recordings", id] as const,
};

export const consoleSessionQuery = (id: string) =>
  queryOptions({
    queryKey: consoleKeys.session(id),
    queryFn: ({ signal }) => fetchJson<ConsoleSessionDto>(`/api/consoles/${enc(id)}`, signal),
    refetchInterval: (query) => (["pending", "ready"].includes(query.state.data?.status ?? "") ? 2_000 : false),
  });

/** Every page of a recording, concatenated (the first page is the audited view). */
export const consoleRecordingQuery = (id: string) =>
  queryOptions({
    queryKey: consoleKeys.recording(id),
    staleTime: Infinity,
    queryFn: async ({ signal }) => {
      const first = await fetchJson<ConsoleRecordingDto>(`/api/consoles/${enc(id)}/recording`, signal);
      for (let next = first.nextSeq; next !== null; ) {
        const page = await fetchJson<ConsoleRecordingDto>(`/api/consoles/${enc(id)}/recording?afterSeq=${next}`, signal);
        first.chunks.push(...page.chunks);
        next = page.nextSeq;
      }
      return first;
    },
  });

export const consoleActionUrl = (id: string, verb: "approve" | "deny" | "end" | "review") => `/api/consoles/${enc(id)}/${verb}`;
