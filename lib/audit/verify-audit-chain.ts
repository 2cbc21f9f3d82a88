import "server-only";
import { getPrisma } from "@/lib/db/client";
import type { AuditRecord } from "@/lib/db/generated/client";
import { toAuditContent } from "./audit-record-view";
import { GENESIS_HASH, hashAuditRecord } from "./hash-audit-record";

// Walks the audit chain from the first record and names the first one that breaks it: a record
// whose content no longer matches its hash (edited), whose prevHash does not match the record
// before it, a missing sequence number (deleted), or a chain head that disagrees with the end.

export interface ChainBreak {
  seq: number;
  problem: string;
}

export interface ChainReport {
  ok: boolean;
  records: number;
  head: { seq: number; hash: string } | null;
  broken: ChainBreak | null;
}

const PAGE = 2000;

const label = (row: AuditRecord) => `record #${row.seq} (${row.at.toISOString()}, ${row.action} by ${row.actorDisplay})`;

function check(row: AuditRecord, expectedSeq: number, prevHash: string): ChainBreak | null {
  const seq = Number(row.seq);
  if (seq !== expectedSeq) {
    const missing = seq - 1 === expectedSeq ? `#${expectedSeq}` : `#${expectedSeq} to #${seq - 1}`;
    return { seq: expectedSeq, problem: `record ${missing} is missing (deleted); the chain resumes at #${seq}` };
  }
  if (row.prevHash !== prevHash) {
    return { seq, problem: `${label(row)} does not follow the record before it (its prevHash differs: a record before it was changed or removed)` };
  }
  if (hashAuditRecord(row.prevHash, toAuditContent(row)) !== row.hash) {
    return { seq, problem: `${label(row)} does not match its hash (its content was edited)` };
  }
  return null;
}

export async function verifyAuditChain(): Promise<ChainReport> {
  const db = getPrisma();
  const headRow = await db.auditChainHead.findUnique({ where: { id: 1 } });
  const head = headRow ? { seq: Number(headRow.seq), hash: headRow.hash } : null;
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  let records = 0;
  for (;;) {
    const rows = await db.auditRecord.findMany({ where: { seq: { gte: BigInt(expectedSeq) } }, orderBy: { seq: "asc" }, take: PAGE });
    for (const row of rows) {
      const broken = check(row, expectedSeq, prevHash);
      if (broken) return { ok: false, records, head, broken };
      records += 1;
      expectedSeq += 1;
      prevHash = row.hash;
    }
    if (rows.length < PAGE) break;
  }
  const last = expectedSeq - 1;
  if (!head) {
    return last === 0 ? { ok: true, records, head, broken: null } : { ok: false, records, head, broken: { seq: last, problem: "the chain head is missing" } };
  }
  if (head.seq > last) {
    const missing = head.seq === last + 1 ? `#${head.seq}` : `#${last + 1} to #${head.seq}`;
    return { ok: false, records, head, broken: { seq: last + 1, problem: `record ${missing} is missing from the end of the log (deleted)` } };
  }
  if (head.seq < last || head.hash !== prevHash) {
    return { ok: false, records, head, broken: { seq: last, problem: `record #${last} does not match the chain head (#${head.seq}): the end of the log was changed` } };
  }
  return { ok: true, records, head, broken: null };
}
