// The audit log: append throughput (one at a time, and many at once with group commit), chain
// verification, and the /audit page's data at 100,000 records (newest page, filtered pages, a
// deep page), on the embedded PostgreSQL and, when DATABASE_URL is set, on that server side by side.
// Needs `tsx --conditions=react-server` (bench/run.ts passes it) to load the portal's server-only modules.
import { auditFilterSchema } from "@/lib/audit/audit-filters";
import { appendAuditRecord, type AuditEntry } from "@/lib/audit/append-audit-record";
import { listAuditRecords } from "@/lib/audit/list-audit-records";
import { verifyAuditChain } from "@/lib/audit/verify-audit-chain";
import { getPrisma } from "@/lib/db/client";
import { createPortalDatabase } from "@/lib/testing/portal-database";
import { stats, timeRuns } from "./measure";

const TOTAL = 100_000;
const SEQUENTIAL = 500;
const BURST = 5_000;

const entry = (i: number): AuditEntry => ({
  actor: { kind: i % 10 ? "person" : "token", id: `user-${i % 40}`, display: `person${i % 40}@example.com`, tokenId: i % 10 ? null : `token-${i % 40}` },
  action: ["workload.deploy", "workload.scale", "workload.restart", "console.open", "readiness.tick"][i % 5]!,
  target: { cluster: i % 7 ? "staging" : "production", namespace: `feature-${i % 300}`, kind: "Deployment", name: `svc-${i % 12}` },
  reason: i % 11 ? null : "incident 1234",
  detail: i % 13 ? null : "a person with the role engineer may deploy workloads only in staging",
  requestId: `bench-${i}`,
  sourceIp: "10.0.0.1",
  outcome: i % 13 ? "succeeded" : "denied",
  before: { replicas: 1, image: "registry.local/svc:1.0.0" },
  after: { replicas: 2 + (i % 3), image: "registry.local/svc:1.0.1" },
});

async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await run();
  return { ms: performance.now() - started, value };
}

async function medianMs(run: () => Promise<unknown>, times = 15): Promise<number> {
  await run(); // warm the plan and the cache
  return stats(await timeRuns(times, run)).p50;
}

const perSecond = (count: number, ms: number) => `${Math.round((count / ms) * 1000).toLocaleString("en")} records/s`;
const millis = (ms: number) => `${ms < 10 ? ms.toFixed(1) : Math.round(ms)} ms`;

async function measure(serverUrl: string | undefined): Promise<Record<string, string>> {
  const database = await createPortalDatabase(serverUrl);
  try {
    let next = 0;
    const sequential = await timed(async () => {
      for (let i = 0; i < SEQUENTIAL; i++) await appendAuditRecord(entry(next++));
    });
    const burst = await timed(() => Promise.all(Array.from({ length: BURST }, () => appendAuditRecord(entry(next++)))));
    const fill = await timed(async () => {
      while (next < TOTAL) await Promise.all(Array.from({ length: Math.min(BURST, TOTAL - next) }, () => appendAuditRecord(entry(next++))));
    });
    await getPrisma().$executeRawUnsafe("ANALYZE audit_records");
    const filled = TOTAL - SEQUENTIAL - BURST;
    const verify = await timed(() => verifyAuditChain());
    if (!verify.value.ok || verify.value.records !== TOTAL) throw new Error(`chain did not verify: ${JSON.stringify(verify.value.broken)}`);
    const middle = await getPrisma().auditRecord.findUniqueOrThrow({ where: { seq: BigInt(TOTAL / 2) } });
    const page = (query: Record<string, string>) => () => listAuditRecords(auditFilterSchema.parse(query));
    const to = new Date(middle.at.getTime() + 1000).toISOString();
    return {
      "append, one at a time (500)": perSecond(SEQUENTIAL, sequential.ms),
      "append, 5,000 at once": perSecond(BURST, burst.ms),
      [`append, filling to 100,000 in bursts (${filled.toLocaleString("en")})`]: perSecond(filled, fill.ms),
      "verify the whole chain (100,000)": `${(verify.ms / 1000).toFixed(1)} s`,
      "page: newest 50": millis(await medianMs(page({}))),
      "page: action + outcome (workload.deploy, denied)": millis(await medianMs(page({ action: "workload.deploy", outcome: "denied" }))),
      "page: one actor": millis(await medianMs(page({ actor: "person7@example.com" }))),
      "page: one namespace, actions workload.*": millis(await medianMs(page({ namespace: "feature-42", action: "workload.*" }))),
      "page: actor + time range (older half)": millis(await medianMs(page({ actor: "person7@example.com", to })))  ,
      "page: 50 older than #50,000 (deep keyset page)": millis(await medianMs(page({ cursor: String(TOTAL / 2) }))),
    };
  } finally {
    await database.drop();
  }
}

const backends: Array<[string, string | undefined]> = [["embedded (PGlite)", undefined]];
if (process.env.DATABASE_URL) backends.push(["PostgreSQL server", process.env.DATABASE_URL]);
const results: Record<string, string>[] = [];
for (const [name, url] of backends) {
  console.error(`[bench:audit] ${name}…`);
  results.push(await measure(url));
}

const rows = Object.keys(results[0]!).map((key) => `| ${key} | ${results.map((r) => r[key]).join(" | ")} |`);
console.log(`### audit: the hash-chained audit log at 100,000 records

"page" rows are the server time of the /audit page's query (median of 15, after a warm-up); the
page shows 50 records per page by keyset, so a deep page costs what the first does.

| measure | ${backends.map(([name]) => name).join(" | ")} |
|---|${backends.map(() => "---|").join("")}
${rows.join("\n")}`);
process.exit(0);
