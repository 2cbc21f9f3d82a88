import "server-only";
import type { ChunkBatch } from "./console-recorder";
import { recordingQuery } from "./recording-pool";

// One batch of chunks (and the input lines they completed) in one prepared statement, so one
// commit makes the whole batch durable. The chunks' bytes travel as one binary parameter cut apart in SQL:
// arrays of bytea would be sent as hex text, three times slower for a session printing megabytes.
// Typed lines are indexed as words (punctuation dropped: `User.find_by` is `user find by`), the
// same way read/search-input-lines.ts reads a query.

const sql = `WITH chunks AS (
  INSERT INTO console_chunks (session_id, seq, offset_ms, stream, data, hash)
  SELECT $1::uuid, c.seq, c.offset_ms, c.stream, substring($5::bytea FROM c.pos + 1 FOR c.len), substring($6::bytea FROM (c.n::int - 1) * 32 + 1 FOR 32)
  FROM unnest($2::int[], $3::int[], $4::smallint[], $7::int[], $8::int[]) WITH ORDINALITY AS c(seq, offset_ms, stream, pos, len, n)
  RETURNING 1
), lines AS (
  INSERT INTO console_input_lines (session_id, line_no, offset_ms, text, search)
  SELECT $1::uuid, l.line_no, l.offset_ms, l.text, to_tsvector('simple', regexp_replace(l.text, '[^[:alnum:]]+', ' ', 'g'))
  FROM unnest($9::int[], $10::int[], $11::text[]) AS l(line_no, offset_ms, text)
  RETURNING 1
)
SELECT (SELECT count(*) FROM chunks)::int AS chunks, (SELECT count(*) FROM lines)::int AS lines`;

export async function writeConsoleChunks({ sessionId, chunks }: ChunkBatch): Promise<void> {
  const positions: number[] = [];
  let at = 0;
  for (const chunk of chunks) {
    positions.push(at);
    at += chunk.data.length;
  }
  const lines = chunks.flatMap((chunk) => chunk.lines);
  const values = [
    sessionId,
    chunks.map((c) => c.seq),
    chunks.map((c) => c.offsetMs),
    chunks.map((c) => c.stream),
    Buffer.concat(chunks.map((c) => c.data)),
    Buffer.concat(chunks.map((c) => c.hash)),
    positions,
    chunks.map((c) => c.data.length),
    lines.map((l) => l.lineNo),
    lines.map((l) => l.offsetMs),
    lines.map((l) => l.text.replaceAll("\u0000", "")),
  ];
  const { rows } = await recordingQuery<{ chunks: number }>("pier-console-chunks", sql, values);
  const result = rows[0];
  if (result?.chunks !== chunks.length) throw new Error(`wrote ${result?.chunks ?? 0} of ${chunks.length} chunks`);
}
