import "server-only";
import { getPrisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { AuditFilters } from "./audit-filters";
import { toAuditRecordView, type AuditRecordView } from "./audit-record-view";

// One page of the audit log, newest first, by keyset (seq < cursor) so that page 2,000 costs
// what page 1 does; each filter has an index ending in seq.

export interface AuditPage {
  records: AuditRecordView[];
  /** Pass as `cursor` for the next (older) page; null on the last page. */
  nextCursor: number | null;
}

export function auditWhere(filters: Omit<AuditFilters, "limit">): Prisma.AuditRecordWhereInput {
  const action = filters.action?.endsWith("*") ? { startsWith: filters.action.slice(0, -1) } : filters.action;
  return {
    actorDisplay: filters.actor,
    action,
    namespace: filters.namespace,
    outcome: filters.outcome,
    at: filters.from || filters.to ? { gte: filters.from, lte: filters.to } : undefined,
    seq: filters.cursor ? { lt: BigInt(filters.cursor) } : undefined,
  };
}

export async function listAuditRecords(filters: AuditFilters): Promise<AuditPage> {
  const rows = await getPrisma().auditRecord.findMany({
    where: auditWhere(filters),
    orderBy: { seq: "desc" },
    take: filters.limit + 1,
  });
  const page = rows.slice(0, filters.limit);
  const more = rows.length > filters.limit;
  return { records: page.map(toAuditRecordView), nextCursor: more ? Number(page.at(-1)!.seq) : null };
}

/** How many records the chain holds (its head's sequence number: the chain has no gaps). */
export async function countAuditRecords(): Promise<number> {
  const head = await getPrisma().auditChainHead.findUnique({ where: { id: 1 } });
  return Number(head?.seq ?? 0);
}
