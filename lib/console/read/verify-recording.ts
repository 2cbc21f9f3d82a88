import "server-only";
import { getPrisma } from "@/lib/db/client";
import { genesisHash, hashConsoleChunk } from "../recording/hash-console-chunk";
import type { ConsoleSessionRow } from "../store/console-session-rows";
import type { RecordingVerificationDto } from "../types";

// Checks a recording end to end: every stored chunk, in order and without gaps, recomputed into
// the session's hash chain; the head must equal the final hash on the session row and the one
// in the audit log (itself a hash chain), and the chunk count must match. Any edit, insertion,
// deletion or reordering of chunks shows as a problem.

const PAGE = 5_000;

async function auditedHash(row: ConsoleSessionRow): Promise<string | null> {
  const record = await getPrisma().auditRecord.findFirst({
    where: { action: "console.finish", targetKind: "ConsoleSession", targetName: row.id },
    orderBy: { seq: "desc" },
    select: { after: true },
  });
  const hash = (record?.after as { finalHash?: unknown } | null)?.finalHash;
  return typeof hash === "string" ? hash : null;
}

export async function verifyRecording(row: ConsoleSessionRow): Promise<RecordingVerificationDto> {
  const problems: string[] = [];
  let prev: Buffer = genesisHash(row.id);
  let expectedSeq = 1;
  for (;;) {
    const chunks = await getPrisma().consoleChunk.findMany({ where: { sessionId: row.id, seq: { gte: expectedSeq } }, orderBy: { seq: "asc" }, take: PAGE });
    for (const chunk of chunks) {
      if (chunk.seq !== expectedSeq) problems.push(`chunk ${expectedSeq} is missing (next stored: ${chunk.seq})`);
      const hash = hashConsoleChunk(prev, chunk.seq, chunk.offsetMs, chunk.stream, chunk.data);
      if (!hash.equals(Buffer.from(chunk.hash))) problems.push(`chunk ${chunk.seq} does not match its hash (changed after it was recorded)`);
      prev = hash;
      expectedSeq = chunk.seq + 1;
    }
    if (chunks.length < PAGE) break;
  }
  const chunks = expectedSeq - 1;
  const computedHash = prev.toString("hex");
  const auditHash = await auditedHash(row);
  const ended = row.status === "ended" || row.status === "failed";
  if (ended && chunks !== row.chunkCount) problems.push(`${chunks} chunks are stored, the session recorded ${row.chunkCount}`);
  if (ended && row.finalHash !== null && row.finalHash !== computedHash) problems.push("the chunks do not add up to the session's final hash");
  if (ended && row.finalHash !== null && auditHash === null) problems.push("the audit log has no final hash for this session");
  if (auditHash !== null && auditHash !== computedHash) problems.push("the chunks do not add up to the final hash in the audit log");
  if (auditHash !== null && row.finalHash !== auditHash) problems.push("the session's final hash differs from the audit log's");
  return { ok: problems.length === 0, chunks, computedHash, sessionHash: row.finalHash, auditHash, problems: problems.slice(0, 20) };
}
