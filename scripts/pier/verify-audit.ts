import { verifyAuditChain } from "@/lib/audit/verify-audit-chain";

// npm run pier -- audit verify: 0 when the chain is whole, 1 naming the first broken record.
export async function verifyAudit(): Promise<number> {
  const started = performance.now();
  const report = await verifyAuditChain();
  const took = `${((performance.now() - started) / 1000).toFixed(1)} s`;
  if (report.ok) {
    const head = report.head ? `, head #${report.head.seq} ${report.head.hash}` : "";
    console.log(`audit verify: the chain is intact: ${report.records} records${head} (${took})`);
    return 0;
  }
  console.error(`audit verify: the chain is BROKEN at record #${report.broken!.seq}: ${report.broken!.problem}`);
  console.error(`(${report.records} records before it verified; ${took})`);
  return 1;
}
