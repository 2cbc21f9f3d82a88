import "server-only";
import { ANNOTATION_SEED_JOB, LABEL_PURPOSE } from "@/lib/conventions/branch-environments";
import type { EnvironmentSummaryDto, LifecycleDto } from "@/lib/environments/types";
import { env } from "@/lib/env";
import type { ClusterRuntime } from "@/lib/kube/cluster-runtime";
import type { NamespaceRecord } from "@/lib/kube/kinds/namespaces";
import { expiryOf } from "./environment-expiry";

/** An environment's expiry as its page shows it (the same rule the cleanup applies). */
export function environmentLifecycle(runtime: ClusterRuntime, ns: NamespaceRecord, summary: EnvironmentSummaryDto, ttlHours = env.PIER_ENVIRONMENT_TTL_HOURS): LifecycleDto {
  const expiry = expiryOf({ name: ns.name, labels: ns.labels, annotations: ns.annotations, createdAt: ns.createdAt, lastDeployAt: summary.deployedAt, clusterEnvironment: runtime.config.environment }, ttlHours);
  return { ...expiry, purpose: ns.labels[LABEL_PURPOSE], seedJob: ns.annotations[ANNOTATION_SEED_JOB] };
}
