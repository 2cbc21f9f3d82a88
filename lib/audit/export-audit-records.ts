import "server-only";
import type { AuditFilters } from "./audit-filters";
import type { AuditRecordView } from "./audit-record-view";
import { listAuditRecords } from "./list-audit-records";

// Streams every record matching the filters, newest first, as CSV or a JSON array, reading
// 1,000 at a time so an export of the whole log never sits in memory.

export type ExportFormat = "csv" | "json";

async function* allRecords(filters: AuditFilters): AsyncGenerator<AuditRecordView> {
  let cursor = filters.cursor;
  for (;;) {
    const page = await listAuditRecords({ ...filters, cursor, limit: 1000 });
    yield* page.records;
    if (page.nextCursor === null) return;
    cursor = page.nextCursor;
  }
}

const columns = ["seq", "at", "outcome", "action", "actor_kind", "actor", "actor_id", "token_id", "cluster", "namespace", "target_kind", "target_name", "reason", "detail", "request_id", "source_ip", "before", "after", "prev_hash", "hash"];

/** A CSV cell; a leading = + - @ gets a quote so spreadsheets do not run it as a formula. */
export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? "" : typeof value === "object" ? JSON.stringify(value) : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function csvRow(r: AuditRecordView): string {
  const cells = [r.seq, r.at, r.outcome, r.action, r.actor.kind, r.actor.display, r.actor.id, r.actor.tokenId, r.target.cluster, r.target.namespace, r.target.kind, r.target.name, r.reason, r.detail, r.requestId, r.sourceIp, r.before, r.after, r.prevHash, r.hash];
  return `${cells.map(csvCell).join(",")}\r\n`;
}

export function exportAuditRecords(filters: AuditFilters, format: ExportFormat): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const records = allRecords(filters);
  let first = true;
  return new ReadableStream({
    async start(controller) {
      controller.enqueue(encoder.encode(format === "csv" ? `${columns.join(",")}\r\n` : "["));
    },
    async pull(controller) {
      const next = await records.next();
      if (next.done) {
        if (format === "json") controller.enqueue(encoder.encode("]\n"));
        controller.close();
        return;
      }
      const text = format === "csv" ? csvRow(next.value) : `${first ? "\n" : ",\n"}${JSON.stringify(next.value)}`;
      first = false;
      controller.enqueue(encoder.encode(text));
    },
    async cancel() {
      await records.return(undefined);
    },
  });
}
