import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { listConsoleSessions, consoleListAbilities } from "@/lib/console/read/list-console-sessions";
import type { ConsoleSessionDto } from "@/lib/console/types";
import { isOwnedBy } from "@/lib/environments/is-owned-by";
import { listClusters, listEnvironments } from "@/lib/environments/list-environments";
import type { ClusterDto, EnvironmentSummaryDto } from "@/lib/environments/types";
import type { Clusters } from "@/lib/kube/clusters";
import { listReadiness } from "@/lib/readiness/list-readiness";
import type { ReadinessRowDto } from "@/lib/readiness/types";

// What the home page shows a person: their own branch environments, and what waits for them
// (console requests to decide, sessions to review, their team's least ready services).

export interface HomeSummaryDto {
  mine: Array<EnvironmentSummaryDto & { clusterName: string }>;
  /** Clusters Pier cannot reach: what the page shows of them may be stale. */
  unreachable: ClusterDto[];
  /** Production console requests this person may decide; null when they may not. */
  approvals: ConsoleSessionDto[] | null;
  /** Finished sessions waiting for an auditor's review; null when this person does not review. */
  reviews: ConsoleSessionDto[] | null;
  /** The least ready services of this person's teams (leads). */
  readiness: ReadinessRowDto[];
}

const SHOWN = 5;

export async function getHomeSummary(actor: Actor, clusters: Clusters): Promise<HomeSummaryDto> {
  const described = await listClusters(clusters);
  const displayNames = new Map(described.map((c) => [c.name, c.displayName]));
  const mine = clusters
    .list()
    .filter((runtime) => runtime.config.environment === "staging")
    .flatMap((runtime) => listEnvironments(runtime).environments.map((env) => ({ ...env, clusterName: displayNames.get(runtime.name) ?? runtime.name })))
    .filter((env) => env.kind === "branch" && isOwnedBy(env, actor.email))
    .sort((a, b) => (b.deployedAt ?? b.createdAt).localeCompare(a.deployedAt ?? a.createdAt));
  const abilities = consoleListAbilities(actor);
  const [approvals, reviews, readiness] = await Promise.all([
    abilities.decides ? listConsoleSessions(actor, { status: "pending", limit: SHOWN }) : null,
    abilities.seesAll ? listConsoleSessions(actor, { review: "pending", limit: SHOWN }) : null,
    actor.role === "lead" && actor.teams.length > 0 ? teamReadiness(actor.teams) : [],
  ]);
  return {
    mine,
    unreachable: described.filter((c) => c.status.state === "unreachable"),
    approvals: approvals?.sessions.filter((s) => s.user.id !== actor.userId) ?? null,
    reviews: reviews?.sessions ?? null,
    readiness,
  };
}

async function teamReadiness(teams: string[]): Promise<ReadinessRowDto[]> {
  const overviews = await Promise.all(teams.map((team) => listReadiness({ team })));
  return overviews
    .flatMap((o) => o.rows)
    .sort((a, b) => (a.score ?? 0) - (b.score ?? 0))
    .slice(0, SHOWN);
}
