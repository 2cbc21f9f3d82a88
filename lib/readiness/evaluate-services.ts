import "server-only";
import { docsForService, serviceDocPaths } from "@/lib/docs/docs-for-service";
import { listTeams } from "@/lib/auth/people/manage-teams";
import { LABEL_TEAM } from "@/lib/conventions/branch-environments";
import { buildServiceReadiness } from "./build-service-readiness";
import { runAutomaticChecks } from "./checks/run-automatic-checks";
import { getReadinessWatch } from "./cluster/get-readiness-watch";
import { clusterState, loadChecklist, staleDays } from "./readiness-context";
import { listMarks } from "./store/readiness-marks";
import { recordSnapshotIfChanged } from "./store/readiness-snapshots";
import type { ServiceReadinessDto } from "./types";
import { findUsageSummary } from "./usage/find-usage-summary";

// Evaluates services' readiness now: reads the cluster (watch cache), marks (one query),
// teams and docs, runs the checks, scores, and records a history snapshot when a score moved.

/** Services readiness knows: production workloads, services teams own, and anything ticked. */
async function knownServices(marks: Map<string, unknown>, teams: Awaited<ReturnType<typeof listTeams>>): Promise<string[]> {
  const { watch } = getReadinessWatch();
  const names = new Set<string>([...(watch?.workloads().map((w) => w.name) ?? []), ...teams.flatMap((t) => t.services), ...marks.keys()]);
  return [...names].sort();
}

export async function evaluateServices(only?: string): Promise<ServiceReadinessDto[]> {
  const { checklist, error } = loadChecklist();
  const [marks, teams] = await Promise.all([listMarks(only), listTeams()]);
  const known = await knownServices(marks, teams);
  if (only && !known.includes(only)) return [];
  const services = only ? [only] : known;
  const { watch } = getReadinessWatch();
  // Right after Pier starts, give the watches a moment to list rather than answer "unknown".
  await watch?.whenSettled(5_000);
  const cluster = clusterState();
  const now = Date.now();
  const out: ServiceReadinessDto[] = [];
  for (const service of services) {
    const objects = watch && cluster.state !== "unreachable" ? watch.objectsOf(service) : null;
    const docs = await docsForService(service);
    const paths = serviceDocPaths(service);
    const usage = objects?.workload && watch ? await findUsageSummary({ cluster: watch.cluster, namespace: watch.namespace, workload: service }) : null;
    const results = runAutomaticChecks(checklist, {
      objects,
      clusterProblem: cluster.problem ?? (cluster.state === "connecting" ? `cluster ${cluster.cluster} is still connecting` : null),
      where: `${cluster.cluster ?? "?"}/${cluster.namespace}`,
      service,
      docs: { runbook: docs.runbook?.title ?? null, architecture: docs.architecture?.title ?? null, runbookPath: paths.runbook, architecturePath: paths.architecture },
      usage,
    });
    const team = teams.find((t) => t.services.includes(service))?.slug ?? objects?.workload?.labels[LABEL_TEAM] ?? null;
    const dto = buildServiceReadiness(checklist, {
      service,
      team,
      workload: objects?.workload ?? null,
      results,
      marks: marks.get(service) ?? new Map(),
      docs,
      cluster,
      checklistError: error,
      staleDays: staleDays(),
      now,
    });
    out.push(dto);
    // Only scores judged with the cluster readable go into the history: an outage is not a drop.
    if (cluster.state === "synced") {
      const standards = Object.fromEntries(dto.standards.map((s) => [s.id, s.score]));
      await recordSnapshotIfChanged(service, { score: dto.score, level: dto.level, standards }).catch((e: unknown) => console.error("[pier] readiness snapshot:", e));
    }
  }
  return out;
}

/** Whether Pier knows a service of this name (in production, owned by a team, or ticked). */
export async function isKnownService(service: string): Promise<boolean> {
  const [marks, teams] = await Promise.all([listMarks(service), listTeams()]);
  return (await knownServices(marks, teams)).includes(service);
}

/** The team owning a service: Pier's teams (admin page) first, then the workload's pier.dev/team label. */
export async function owningTeamOf(service: string): Promise<string | null> {
  const teams = await listTeams();
  const owned = teams.find((t) => t.services.includes(service))?.slug;
  if (owned) return owned;
  return getReadinessWatch().watch?.objectsOf(service).workload?.labels[LABEL_TEAM] ?? null;
}
