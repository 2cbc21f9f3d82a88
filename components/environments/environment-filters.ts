import { problemSeverity, type EnvironmentSummaryDto } from "@/lib/environments/types";
import { isOwnedBy } from "@/lib/environments/is-owned-by";

// Filtering and sorting of the environments list, in the browser (hundreds of rows at most).
// Pure: unit-tested, and the same rules whatever the data's cluster.

export type HealthFilter = "all" | "healthy" | "problems";
export type SortKey = "environment" | "cluster" | "health" | "author" | "commit" | "deployed" | "age" | "cpu" | "memory";
export type SortDirection = "asc" | "desc";

export interface EnvironmentFilters {
  text: string;
  mine: boolean;
  health: HealthFilter;
}

export function isHealthy(env: EnvironmentSummaryDto): boolean {
  return !env.problem && env.services.ready === env.services.total;
}

/** "Mine": the signed-in person wrote the last deployed commit or deployed it. */

export function filterEnvironments(rows: EnvironmentSummaryDto[], filters: EnvironmentFilters, viewerEmail?: string): EnvironmentSummaryDto[] {
  const words = filters.text.toLowerCase().split(/\s+/).filter(Boolean);
  return rows.filter((env) => {
    if (filters.mine && !isOwnedBy(env, viewerEmail)) return false;
    if (filters.health === "healthy" && !isHealthy(env)) return false;
    if (filters.health === "problems" && isHealthy(env)) return false;
    if (words.length === 0) return true;
    const haystack = [env.branch, env.namespace, env.cluster, env.author?.name, env.author?.email, env.deployedBy, env.commit, env.problem?.reason].join(" ").toLowerCase();
    return words.every((w) => haystack.includes(w));
  });
}

/** Health orders worst first when ascending: a problem, then fewer ready services. */
function healthRank(env: EnvironmentSummaryDto): number {
  const severity = env.problem ? problemSeverity.indexOf(env.problem.reason) : problemSeverity.length;
  const readyShare = env.services.total === 0 ? 1 : env.services.ready / env.services.total;
  return severity + readyShare;
}

const sortValues: Record<SortKey, (env: EnvironmentSummaryDto) => string | number> = {
  environment: (env) => (env.branch ?? env.namespace).toLowerCase(),
  cluster: (env) => env.cluster,
  health: healthRank,
  author: (env) => (env.author?.name ?? env.author?.email ?? "").toLowerCase(),
  commit: (env) => env.commit ?? "",
  deployed: (env) => env.deployedAt ?? "",
  age: (env) => env.createdAt,
  cpu: (env) => env.requests.cpuMilli,
  memory: (env) => env.requests.memoryBytes,
};

export function sortEnvironments(rows: EnvironmentSummaryDto[], key: SortKey, direction: SortDirection): EnvironmentSummaryDto[] {
  const value = sortValues[key];
  const sign = direction === "asc" ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    const order = typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y));
    return order !== 0 ? order * sign : a.namespace.localeCompare(b.namespace);
  });
}

const sortKeys = Object.keys(sortValues) as SortKey[];

/** The list's state from the address bar (?q=&owner=mine&health=problems&sort=deployed:desc). */
export function parseListState(query: Record<string, string | string[] | undefined>): EnvironmentFilters & { sort: SortKey; direction: SortDirection } {
  const one = (key: string) => (Array.isArray(query[key]) ? query[key][0] : query[key]) ?? "";
  const [sort = "", direction = ""] = one("sort").split(":");
  const health = one("health");
  return {
    text: one("q"),
    mine: one("owner") === "mine",
    health: health === "healthy" || health === "problems" ? health : "all",
    sort: sortKeys.includes(sort as SortKey) ? (sort as SortKey) : "environment",
    direction: direction === "desc" ? "desc" : "asc",
  };
}
