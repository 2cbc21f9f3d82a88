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

export async function searchInputLines(text: string, limit = 500): Promise<InputLineMatch[]> {
  const query = inputQuery(text);
  if (!query) return [];
  const rows = await getPrisma().$queryRawUnsafe<Array<{ session_id: string; line_no: number; offset_ms: number; text: string }>>(
    "SELECT session_id::text, line_no, offset_ms, text FROM console_input_lines WHERE search @@ to_tsquery('simple', $1) ORDER BY session_id, line_no LIMIT $2",
    query,
    limit,
  );
  return rows.map((r) => ({ sessionId: r.session_id, lineNo: r.line_no, offsetMs: r.offset_ms, text: r.text }));
}
