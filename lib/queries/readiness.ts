import { queryOptions } from "@tanstack/react-query";
import type { ReadinessOverviewDto, ScoreHistoryDto, ServiceReadinessDto } from "@/lib/readiness/types";
import { fetchJson } from "./fetch-json";

// Query keys and options of the readiness area. Everything nests under ["readiness"], so a
// tick invalidates the overview and the history in one call; server pages seed the same keys.

const enc = encodeURIComponent;

export const readinessKeys = {
  all: () => ["readiness"] as const,
  overview: () => ["readiness", "overview"] as const,
  service: (service: string) => ["readiness", "services", service] as const,
  history: (service: string, days: number) => ["readiness", "services", service, "history", days] as const,
};

export const readinessOverviewQuery = () =>
  queryOptions({ queryKey: readinessKeys.overview(), queryFn: ({ signal }) => fetchJson<ReadinessOverviewDto>("/api/readiness", signal) });

export const serviceReadinessQuery = (service: string) =>
  queryOptions({ queryKey: readinessKeys.service(service), queryFn: ({ signal }) => fetchJson<ServiceReadinessDto>(`/api/readiness/${enc(service)}`, signal) });

export const scoreHistoryQuery = (service: string, days = 90) =>
  queryOptions({ queryKey: readinessKeys.history(service, days), queryFn: ({ signal }) => fetchJson<ScoreHistoryDto>(`/api/readiness/${enc(service)}/history?days=${days}`, signal) });

export type ReadinessVerb = "tick" | "untick" | "exempt";

/** The URL a tick, untick or exemption is POSTed to. */
export const readinessItemUrl = (service: string, item: string, verb: ReadinessVerb) => `/api/readiness/${enc(service)}/items/${enc(item)}/${verb}`;
