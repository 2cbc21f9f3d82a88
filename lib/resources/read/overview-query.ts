import { z } from "zod";
import { LookupError } from "@/lib/environments/lookup-error";
import { resourceSorts } from "./sort-resource-rows";
import type { OverviewQuery } from "./get-cluster-overview";

// The SRE view's query string: ?namespace=&team=&environment=&q=&sort=&direction=&limit=&format=csv

const schema = z.object({
  namespace: z.string().max(63).optional(),
  team: z.string().max(100).optional(),
  environment: z.enum(["branch", "production", "other"]).optional(),
  q: z.string().max(200).optional(),
  sort: z.enum(resourceSorts as [string, ...string[]]).optional(),
  direction: z.enum(["asc", "desc"]).optional(),
  limit: z.coerce.number().int().min(1).max(100_000).optional(),
  format: z.enum(["json", "csv"]).default("json"),
});

export function parseOverviewQuery(params: URLSearchParams | Record<string, string | undefined>): OverviewQuery & { format: "json" | "csv" } {
  const entries = params instanceof URLSearchParams ? Object.fromEntries(params) : params;
  const cleaned = Object.fromEntries(Object.entries(entries).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) throw new LookupError(400, parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "));
  return parsed.data as OverviewQuery & { format: "json" | "csv" };
}
