import "server-only";
import { getPrisma } from "@/lib/db/client";
import { normalize } from "./canonical-json";
import { GENESIS_HASH, hashAuditRecord, type ActorKind, type AuditContent, type AuditOutcome } from "./hash-audit-record";

// Appends to the audit hash chain. Appends are serialized twice over: within this process by a
// queue (which also writes everything queued meanwhile in one statement: group commit), and
// across processes by compare-and-swap on the chain head: one statement moves the head from the
// (seq, hash) the records were chained to, and inserts them only if it could; if another writer
// got there first, nothing is written and the batch is chained again to the new head.

export interface AuditEntry {
  actor: { kind: ActorKind; id?: string | null; display: string; tokenId?: string | null };
  action: string;
  target?: { cluster?: string | null; namespace?: string | null; kind?: string | null; name?: string | null };
  reason?: string | null;
  detail?: string | null;
  requestId: string;
  sourceIp?: string | null;
  outcome: AuditOutcome;
  before?: unknown;
  after?: unknown;
}

export interface AppendedRecord {
  seq: number;
  hash: string;
}

const MAX_BATCH = 500;
const MAX_TRIES = 20;

interface Pending {
  entry: AuditEntry;
  resolve: (record: AppendedRecord) => void;
  reject: (error: unknown) => void;
}

interface Head {
  seq: number;
  hash: string;
}

/** The queue, and the head this process last wrote (per Prisma client, i.e. per database). */
const state = ((globalThis as { pierAuditQueue?: { queue: Pending[]; flushing: boolean; head: WeakMap<object, Head> } }).pierAuditQueue ??= {
  queue: [],
  flushing: false,
  head: new WeakMap(),
});

export function appendAuditRecord(entry: AuditEntry): Promise<AppendedRecord> {
  return new Promise((resolve, reject) => {
    state.queue.push({ entry, resolve, reject });
    if (!state.flushing) void flush();
  });
}

async function flush(): Promise<void> {
  state.flushing = true;
  try {
    while (state.queue.length > 0) {
      const batch = state.queue.splice(0, MAX_BATCH);
      try {
        const written = await writeBatch(batch.map((pending) => pending.entry));
        batch.forEach((pending, index) => pending.resolve(written[index]!));
      } catch (error) {
        batch.forEach((pending) => pending.reject(error));
      }
    }
  } finally {
    state.flushing = false;
  }
}

const text = (value: string | null | undefined, max = 2000) => (value ? value.replaceAll("\u0000", "").slice(0, max) : null);

function contentOf(entry: AuditEntry, seq: number, at: Date): AuditContent {
  return {
    seq,
    at,
    actorKind: entry.actor.kind,
    actorId: entry.actor.id ?? null,
    actorDisplay: text(entry.actor.display, 320) ?? "unknown",
    tokenId: entry.actor.tokenId ?? null,
    action: entry.action,
    cluster: text(entry.target?.cluster, 253),
    namespace: text(entry.target?.namespace, 253),
    targetKind: text(entry.target?.kind, 100),
    targetName: text(entry.target?.name, 253),
    reason: text(entry.reason),
    detail: text(entry.detail),
    requestId: entry.requestId,
    sourceIp: text(entry.sourceIp, 100),
    outcome: entry.outcome,
    before: normalize(entry.before),
    after: normalize(entry.after),
  };
}

const columns =
  "seq bigint, at timestamptz, actor_kind \"ActorKind\", actor_id text, actor_display text, token_id text, action text, cluster text, " +
  "namespace text, target_kind text, target_name text, reason text, detail text, request_id text, source_ip text, outcome \"AuditOutcome\", " +
  "before jsonb, after jsonb, prev_hash text, hash text";
const names = columns.split(", ").map((column) => column.split(" ")[0]).join(", ");

// $1: the records as a JSON array; $2/$3: the new head; $4/$5: the head they were chained to.
const moveHead = "UPDATE audit_chain_head SET seq = $2, hash = $3 WHERE id = 1 AND seq = $4 AND hash = $5 RETURNING 1";
const firstHead = "INSERT INTO audit_chain_head (id, seq, hash) SELECT 1, $2, $3 WHERE $4::bigint = 0 AND $5::text IS NOT NULL ON CONFLICT (id) DO NOTHING RETURNING 1";
const appendSql = (head: string) =>
  `WITH head AS (${head}), written AS (INSERT INTO audit_records (${names}) SELECT ${names} FROM jsonb_to_recordset($1::jsonb) AS r(${columns}) ` +
  "WHERE EXISTS (SELECT 1 FROM head) RETURNING 1) SELECT count(*)::int AS n FROM written";

function chain(entries: AuditEntry[], head: Head): { rows: Record<string, unknown>[]; written: AppendedRecord[]; last: Head } {
  let { seq, hash: prevHash } = head;
  const at = new Date();
  const rows: Record<string, unknown>[] = [];
  const written: AppendedRecord[] = [];
  for (const entry of entries) {
    seq += 1;
    const c = contentOf(entry, seq, at);
    const hash = hashAuditRecord(prevHash, c);
    rows.push({
      seq, at: at.toISOString(), actor_kind: c.actorKind, actor_id: c.actorId, actor_display: c.actorDisplay, token_id: c.tokenId, action: c.action,
      cluster: c.cluster, namespace: c.namespace, target_kind: c.targetKind, target_name: c.targetName, reason: c.reason, detail: c.detail,
      request_id: c.requestId, source_ip: c.sourceIp, outcome: c.outcome, before: c.before, after: c.after, prev_hash: prevHash, hash,
    });
    written.push({ seq, hash });
    prevHash = hash;
  }
  return { rows, written, last: { seq, hash: prevHash } };
}

async function readHead(db: ReturnType<typeof getPrisma>): Promise<Head> {
  const row = await db.auditChainHead.findUnique({ where: { id: 1 } });
  return row ? { seq: Number(row.seq), hash: row.hash } : { seq: 0, hash: GENESIS_HASH };
}

async function writeBatch(entries: AuditEntry[]): Promise<AppendedRecord[]> {
  const db = getPrisma();
  let head = state.head.get(db) ?? (await readHead(db));
  for (let attempt = 0; attempt < MAX_TRIES; attempt++) {
    const { rows, written, last } = chain(entries, head);
    try {
      const sql = appendSql(head.seq === 0 ? firstHead : moveHead);
      const [result] = await db.$queryRawUnsafe<{ n: number }[]>(sql, JSON.stringify(rows), last.seq, last.hash, head.seq, head.hash);
      if (result?.n === entries.length) {
        state.head.set(db, last);
        return written;
      }
    } catch (error) {
      state.head.delete(db);
      throw error;
    }
    head = await readHead(db); // another writer moved the head first: chain to where it is now
  }
  state.head.delete(db);
  throw new Error(`could not append to the audit chain after ${MAX_TRIES} tries (too much contention)`);
}
