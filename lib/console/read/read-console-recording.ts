import "server-only";
import { getPrisma } from "@/lib/db/client";
import type { ConsoleSessionRow } from "../store/console-session-rows";
import { toConsoleSessionDto } from "../store/console-session-view";
import type { ConsoleRecordingDto } from "../types";
import { verifyRecording } from "./verify-recording";

// A recording for replay, a page of chunks at a time (the first page also carries the typed
// lines and the verification), bytes as base64.

export const RECORDING_PAGE = 5_000;

export async function readConsoleRecording(row: ConsoleSessionRow, afterSeq = 0): Promise<ConsoleRecordingDto> {
  const db = getPrisma();
  const chunks = await db.consoleChunk.findMany({ where: { sessionId: row.id, seq: { gt: afterSeq } }, orderBy: { seq: "asc" }, take: RECORDING_PAGE + 1 });
  const more = chunks.length > RECORDING_PAGE;
  const page = chunks.slice(0, RECORDING_PAGE);
  const first = afterSeq === 0;
  const [inputLines, verification] = first
    ? await Promise.all([
        db.consoleInputLine.findMany({ where: { sessionId: row.id }, orderBy: { lineNo: "asc" }, select: { lineNo: true, offsetMs: true, text: true } }),
        verifyRecording(row),
      ])
    : [[], null];
  return {
    session: toConsoleSessionDto(row),
    chunks: page.map((c) => ({ seq: c.seq, offsetMs: c.offsetMs, stream: c.stream, data: Buffer.from(c.data).toString("base64") })),
    nextSeq: more ? page.at(-1)!.seq : null,
    inputLines,
    verification,
  };
}
