import "server-only";
import { getPrisma } from "@/lib/db/client";

// Leader election for Pier's scheduled jobs, one row per job: a process takes the lease when it
// is free or expired and renews it while it holds it, in one atomic upsert judged by the
// database's clock. Other processes find it held and skip their turn; if the holder dies, its
// lease runs out and the next turn elsewhere takes over.

export async function holdJobLease(name: string, holder: string, ttlMs: number): Promise<boolean> {
  const rows = await getPrisma().$queryRaw<Array<{ holder: string }>>`INSERT INTO job_leases (name, holder, expires_at)
    VALUES (${name}, ${holder}, now() + ${ttlMs} * interval '1 millisecond')
    ON CONFLICT (name) DO UPDATE SET holder = EXCLUDED.holder, expires_at = EXCLUDED.expires_at
      WHERE job_leases.holder = EXCLUDED.holder OR job_leases.expires_at < now()
    RETURNING holder`;
  return rows.length === 1;
}

export async function releaseJobLease(name: string, holder: string): Promise<void> {
  await getPrisma().$executeRaw`DELETE FROM job_leases WHERE name = ${name} AND holder = ${holder}`;
}
