import "server-only";
import { getPrisma } from "@/lib/db/client";

// Search over what people typed, across sessions, through the full-text index of input lines.
// Lines and queries are read as words without punctuation, so `destroy_all` finds
// `Order.where(id: 42).destroy_all` and `User.fi` finds `User.find_by(...)` (the last word is a prefix).

export interface InputLineMatch {
  sessionId: string;
  lineNo: number;
  offsetMs: number;
  text: string;
}

/** The tsquery for a search text: its words in order, the last one as a prefix; null without words. */
export function inputQuery(text: string): string | null {
  const words = text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).slice(0, 12);
  if (words.length === 0) return null;
  return words.map((word, i) => (i === words.length - 1 ? `${word}:*` : word)).join(" <-> ");
}

/**
 * Lines matching `text`, of every session or, with `ownerId`, of that person's sessions only: the
 * owner filter is in the query, so other people's lines are never read and cannot crowd out the
 * owner's own matches under the limit.
 */
export async function searchInputLines(text: string, options: { ownerId?: string; limit?: number } = {}): Promise<InputLineMatch[]> {
  const query = inputQuery(text);
  if (!query) return [];
  const rows = await getPrisma().$queryRawUnsafe<Array<{ session_id: string; line_no: number; offset_ms: number; text: string }>>(
    `SELECT l.session_id::text, l.line_no, l.offset_ms, l.text FROM console_input_lines l
     WHERE l.search @@ to_tsquery('simple', $1)
       AND ($3::uuid IS NULL OR l.session_id IN (SELECT s.id FROM console_sessions s WHERE s.user_id = $3::uuid))
     ORDER BY l.session_id, l.line_no LIMIT $2`,
    query,
    options.limit ?? 500,
    options.ownerId ?? null,
  );
  return rows.map((r) => ({ sessionId: r.session_id, lineNo: r.line_no, offsetMs: r.offset_ms, text: r.text }));
}
