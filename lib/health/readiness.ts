import "server-only";
import { pingDatabase } from "@/lib/db/ping";
import { ensureCleanupSchedule } from "@/lib/deploy/lifecycle/cleanup-schedule";
import { getClusters } from "@/lib/kube/cluster-registry";
import { checkClusters, type ClusterCheck } from "./check-clusters";

export interface CheckResult {
  ok: boolean;
  latencyMs?: number;
  error?: string;
}

export interface Readiness {
  ready: boolean;
  checks: Record<string, CheckResult>;
  /** Each cluster, reported but not counted: see below. */
  clusters: Record<string, ClusterCheck>;
}

/**
 * What Pier needs to serve requests. Only the database makes Pier unready (503): a cluster that
 * is down is reported here and shown on the pages as "unreachable since", while every other
 * cluster and area keeps working; taking Pier out of service would hide those too.
 */
export async function checkReadiness(): Promise<Readiness> {
  ensureCleanupSchedule(); // the first probe also starts Pier's scheduled cleanup of expired environments
  const database = await pingDatabase();
  const checks: Record<string, CheckResult> = { database };
  let clusters: Record<string, ClusterCheck>;
  try {
    clusters = checkClusters(getClusters());
  } catch (error) {
    // A broken clusters file: report it, Pier still serves the areas that need no cluster.
    clusters = { configuration: { ok: false, state: "unreachable", error: error instanceof Error ? error.message : String(error) } };
  }
  return { ready: Object.values(checks).every((check) => check.ok), checks, clusters };
}
