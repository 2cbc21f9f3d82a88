import "server-only";
import { ANNOTATION_BRANCH, LABEL_PURPOSE } from "@/lib/conventions/branch-environments";
import { environmentKind, summarizeEnvironment } from "@/lib/environments/summarize-environment";
import type { Clusters } from "@/lib/kube/clusters";
import { expiryOf } from "./environment-expiry";

// The dry run: every branch environment of every staging cluster with when it expires, the
// expired ones first; and the protected ones (main, production) with why they never do.

export interface CleanupCandidateDto {
  cluster: string;
  namespace: string;
  branch?: string;
  purpose?: string;
  /** Email of the last commit's author: the environment's owner. */
  owner?: string;
  lastDeployAt?: string;
  expiresAt: string;
  /** From pier.dev/expires-at (a deploy or "keep until"), not computed. */
  annotated: boolean;
  expired: boolean;
  terminating: boolean;
  uid: string;
  resourceVersion: string;
}

export interface CleanupPlanDto {
  now: string;
  ttlHours: number;
  candidates: CleanupCandidateDto[];
  protected: Array<{ cluster: string; namespace: string; branch?: string; because: string }>;
}

export function planCleanup(clusters: Clusters, ttlHours: number, now = new Date()): CleanupPlanDto {
  const candidates: CleanupCandidateDto[] = [];
  const kept: CleanupPlanDto["protected"] = [];
  for (const runtime of clusters.list()) {
    for (const ns of runtime.caches.namespaces.list("")) {
      if (!environmentKind(ns)) continue;
      const summary = summarizeEnvironment(runtime, ns)!;
      const facts = { name: ns.name, labels: ns.labels, annotations: ns.annotations, createdAt: ns.createdAt, lastDeployAt: summary.deployedAt, clusterEnvironment: runtime.config.environment };
      const expiry = expiryOf(facts, ttlHours);
      const branch = ns.annotations[ANNOTATION_BRANCH];
      if (expiry.protectedBecause) {
        kept.push({ cluster: runtime.name, namespace: ns.name, branch, because: expiry.protectedBecause });
        continue;
      }
      candidates.push({
        cluster: runtime.name,
        namespace: ns.name,
        branch,
        purpose: ns.labels[LABEL_PURPOSE],
        owner: summary.author?.email,
        lastDeployAt: summary.deployedAt,
        expiresAt: expiry.expiresAt!,
        annotated: expiry.annotated,
        expired: Date.parse(expiry.expiresAt!) <= now.getTime(),
        terminating: summary.terminating,
        uid: ns.uid,
        resourceVersion: ns.resourceVersion,
      });
    }
  }
  candidates.sort((a, b) => a.expiresAt.localeCompare(b.expiresAt));
  return { now: now.toISOString(), ttlHours, candidates, protected: kept };
}
