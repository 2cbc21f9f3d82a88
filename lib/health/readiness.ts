import "server-only";
import { pingDatabase } from "@/lib/db/ping";

export interface CheckResult {
  ok: boolean;
  latencyMs?: number;
  error?: string;
}

export interface Readiness {
  ready: boolean;
  checks: Record<string, CheckResult>;
}

/** What Pier needs to serve requests; later capabilities add their checks here (clusters). */
export async function checkReadiness(): Promise<Readiness> {
  const database = await pingDatabase();
  const checks: Record<string, CheckResult> = { database };
  return { ready: Object.values(checks).every((check) => check.ok), checks };
}
