import "server-only";
import { getPrisma } from "@/lib/db/client";
import type { MarkView } from "../scoring/item-state";

// Ticks and exemptions as stored: one row per service and item. Returns MarkViews, never rows.

type Row = {
  service: string;
  itemId: string;
  kind: "tick" | "exemption";
  evidenceUrl: string | null;
  evidenceNote: string | null;
  reason: string | null;
  expiresAt: Date | null;
  byName: string;
  byEmail: string;
  at: Date;
};

export function toMarkView(row: Row): MarkView {
  return {
    kind: row.kind,
    byName: row.byName,
    byEmail: row.byEmail,
    at: row.at.toISOString(),
    evidenceUrl: row.evidenceUrl,
    evidenceNote: row.evidenceNote,
    reason: row.reason,
    expiresAt: row.expiresAt?.toISOString() ?? null,
  };
}

/** Marks by service, then item id; all services when `service` is omitted. */
export async function listMarks(service?: string): Promise<Map<string, Map<string, MarkView>>> {
  const rows = await getPrisma().readinessMark.findMany({ where: service ? { service } : undefined });
  const out = new Map<string, Map<string, MarkView>>();
  for (const row of rows) {
    let bucket = out.get(row.service);
    if (!bucket) out.set(row.service, (bucket = new Map()));
    bucket.set(row.itemId, toMarkView(row));
  }
  return out;
}

export interface MarkWrite {
  service: string;
  itemId: string;
  kind: "tick" | "exemption";
  evidenceUrl?: string | null;
  evidenceNote?: string | null;
  reason?: string | null;
  expiresAt?: Date | null;
  by: { userId: string; name: string; email: string };
}

/** Writes a mark (replacing any earlier one) and returns it with the one it replaced. */
export async function saveMark(write: MarkWrite): Promise<{ before: MarkView | null; after: MarkView }> {
  const db = getPrisma();
  const key = { service_itemId: { service: write.service, itemId: write.itemId } };
  const data = {
    kind: write.kind,
    evidenceUrl: write.evidenceUrl ?? null,
    evidenceNote: write.evidenceNote ?? null,
    reason: write.reason ?? null,
    expiresAt: write.expiresAt ?? null,
    byUserId: write.by.userId,
    byName: write.by.name,
    byEmail: write.by.email,
    at: new Date(),
  };
  return db.$transaction(async (tx) => {
    const before = await tx.readinessMark.findUnique({ where: key });
    const after = await tx.readinessMark.upsert({ where: key, create: { service: write.service, itemId: write.itemId, ...data }, update: data });
    return { before: before ? toMarkView(before) : null, after: toMarkView(after) };
  });
}

/** Removes a mark; returns what was removed, or null when there was none. */
export async function deleteMark(service: string, itemId: string): Promise<MarkView | null> {
  const key = { service_itemId: { service, itemId } };
  return getPrisma().$transaction(async (tx) => {
    const row = await tx.readinessMark.findUnique({ where: key });
    if (!row) return null;
    await tx.readinessMark.delete({ where: key });
    return toMarkView(row);
  });
}
