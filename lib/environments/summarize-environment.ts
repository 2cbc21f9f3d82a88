import {
  ANNOTATION_AUTHOR, ANNOTATION_BRANCH, ANNOTATION_COMMIT, ANNOTATION_DEPLOYED_AT, ANNOTATION_DEPLOYED_BY, ENVIRONMENT_BRANCH, ENVIRONMENT_PRODUCTION, LABEL_ENVIRONMENT,
} from "@/lib/conventions/branch-environments";
import type { ClusterRuntime } from "@/lib/kube/cluster-runtime";
import type { IngressPath } from "@/lib/kube/kinds/ingresses";
import type { NamespaceRecord } from "@/lib/kube/kinds/namespaces";
import { collectServices, type ServiceParts } from "./collect-services";
import { parsePerson } from "./parse-person";
import { isServiceReady, summarizeService } from "./summarize-service";
import type { EnvironmentSummaryDto } from "./types";
import { worstProblem } from "./workload-health";

// One row of the environments list. Memoized per namespace on the cluster's namespace version,
// so listing hundreds of environments recomputes only those that changed.

/** Whether a namespace is a Pier environment (label pier.dev/environment: branch or production). */
export function environmentKind(ns: NamespaceRecord): EnvironmentSummaryDto["kind"] | undefined {
  const value = ns.labels[LABEL_ENVIRONMENT];
  return value === ENVIRONMENT_BRANCH || value === ENVIRONMENT_PRODUCTION ? value : undefined;
}

export function ingressUrl(path: IngressPath): string {
  return `${path.tls ? "https" : "http"}://${path.host}${path.path.startsWith("/") ? path.path : `/${path.path}`}`;
}

/** The newest deploy annotation among the namespace and its workloads (CI may annotate only workloads). */
function latestDeploy(ns: NamespaceRecord, services: ServiceParts[]) {
  const candidates = [ns.annotations, ...services.map((s) => s.workload.annotations)].filter((a) => a[ANNOTATION_DEPLOYED_AT]);
  candidates.sort((a, b) => (b[ANNOTATION_DEPLOYED_AT] ?? "").localeCompare(a[ANNOTATION_DEPLOYED_AT] ?? ""));
  return candidates[0] ?? ns.annotations;
}

export function computeEnvironmentSummary(runtime: ClusterRuntime, ns: NamespaceRecord, kind: EnvironmentSummaryDto["kind"]): EnvironmentSummaryDto {
  const { caches } = runtime;
  const services = collectServices(caches, ns.name);
  const rows = services.map(summarizeService);
  const pods = caches.pods.list(ns.name).filter((p) => p.phase !== "Succeeded" && p.phase !== "Failed");
  const requests = pods.reduce((sum, p) => ({ cpuMilli: sum.cpuMilli + p.requests.cpuMilli, memoryBytes: sum.memoryBytes + p.requests.memoryBytes }), { cpuMilli: 0, memoryBytes: 0 });
  const firstRoute = caches.ingresses.list(ns.name).flatMap((i) => i.paths).sort((a, b) => a.path.length - b.path.length)[0];
  const deploy = latestDeploy(ns, services);
  return {
    cluster: runtime.name,
    namespace: ns.name,
    kind,
    branch: ns.annotations[ANNOTATION_BRANCH],
    commit: deploy[ANNOTATION_COMMIT] ?? ns.annotations[ANNOTATION_COMMIT],
    author: parsePerson(ns.annotations[ANNOTATION_AUTHOR]),
    deployedBy: deploy[ANNOTATION_DEPLOYED_BY],
    deployedAt: deploy[ANNOTATION_DEPLOYED_AT],
    createdAt: ns.createdAt,
    terminating: ns.deleting || ns.phase === "Terminating",
    services: { ready: rows.filter(isServiceReady).length, total: rows.length },
    problem: worstProblem(pods),
    requests,
    url: firstRoute ? ingressUrl(firstRoute) : undefined,
  };
}

const memo = new WeakMap<ClusterRuntime, Map<string, { version: number; summary: EnvironmentSummaryDto }>>();

/** The summary of one environment, or undefined when the namespace is not one. */
export function summarizeEnvironment(runtime: ClusterRuntime, ns: NamespaceRecord): EnvironmentSummaryDto | undefined {
  const kind = environmentKind(ns);
  if (!kind) return undefined;
  let byNamespace = memo.get(runtime);
  if (!byNamespace) memo.set(runtime, (byNamespace = new Map()));
  const version = runtime.namespaceVersion(ns.name);
  const cached = byNamespace.get(ns.name);
  if (cached && cached.version === version) return cached.summary;
  const summary = computeEnvironmentSummary(runtime, ns, kind);
  byNamespace.set(ns.name, { version, summary });
  return summary;
}

/** Drops memoized summaries of namespaces that are gone, so deleted branches do not pile up. */
export function forgetEnvironmentsExcept(runtime: ClusterRuntime, namespaces: Set<string>): void {
  const byNamespace = memo.get(runtime);
  if (!byNamespace || byNamespace.size <= namespaces.size) return;
  for (const name of byNamespace.keys()) if (!namespaces.has(name)) byNamespace.delete(name);
}
