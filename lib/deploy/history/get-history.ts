import "server-only";
import { getPrisma } from "@/lib/db/client";
import { collectServices } from "@/lib/environments/collect-services";
import { resolveEnvironment, validateServiceName } from "@/lib/environments/resolve-target";
import { LookupError } from "@/lib/environments/lookup-error";
import { rolloutProgress } from "@/lib/environments/rollout-progress";
import type { Clusters } from "@/lib/kube/clusters";
import { buildHistory, type AuditRow, type ServiceRevisions } from "./build-history";
import type { HistoryEntryDto } from "./history-types";

// GET .../history: the deploy history of an environment or of one of its services, from the
// audit log (actions on it, newest 200) and the ReplicaSets in the watch caches.

const NAMESPACE_EVENTS = ["environment.deploy", "environment.create-e2e", "environment.delete", "environment.keep", "environment.expire"];

async function readAudit(cluster: string, namespace: string, service?: string): Promise<AuditRow[]> {
  const rows = await getPrisma().auditRecord.findMany({
    where: {
      cluster,
      namespace,
      OR: service ? [{ action: { startsWith: "workload." }, targetName: service }, { action: { in: NAMESPACE_EVENTS } }] : [{ action: { startsWith: "workload." } }, { action: { in: NAMESPACE_EVENTS } }],
    },
    orderBy: { seq: "desc" },
    take: 200,
  });
  return rows.map((r) => ({ at: r.at.toISOString(), actor: r.actorDisplay, action: r.action, targetName: r.targetName, targetKind: r.targetKind, reason: r.reason, detail: r.detail, outcome: r.outcome, before: r.before, after: r.after }));
}

function revisionsOf(parts: ReturnType<typeof collectServices>): ServiceRevisions[] {
  return parts.map((p) => ({
    service: p.workload.name,
    replicaSets: p.replicaSets,
    currentRevision: Number(p.workload.annotations["deployment.kubernetes.io/revision"] ?? 0) || undefined,
    progress: rolloutProgress(p),
  }));
}

export async function getEnvironmentHistory(clusters: Clusters, cluster: string, namespace: string): Promise<HistoryEntryDto[]> {
  const { runtime } = await resolveEnvironment(clusters, cluster, namespace);
  return buildHistory(await readAudit(cluster, namespace), revisionsOf(collectServices(runtime.caches, namespace)));
}

export async function getServiceHistory(clusters: Clusters, cluster: string, namespace: string, service: string): Promise<HistoryEntryDto[]> {
  validateServiceName(service);
  const { runtime } = await resolveEnvironment(clusters, cluster, namespace);
  const parts = collectServices(runtime.caches, namespace).filter((p) => p.workload.name === service);
  if (parts.length === 0) throw new LookupError(404, `service "${service}" not found in environment "${namespace}" of cluster "${cluster}"`);
  return buildHistory(await readAudit(cluster, namespace, service), revisionsOf(parts));
}
