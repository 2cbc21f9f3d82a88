// GET /api/consoles/<id>/recording?afterSeq=: the recording for replay, 5,000 chunks a page; the first page carries the typed lines and the verification. Each view is audited ("recording.view").
import { z } from "zod";
import { consoleReadRoute } from "@/lib/console/read/console-read-route";
import { readConsoleRecording } from "@/lib/console/read/read-console-recording";

export const dynamic = "force-dynamic";

export const GET = consoleReadRoute({
  action: "recording.read",
  query: z.object({ afterSeq: z.coerce.number().int().min(0).default(0) }),
  audit: (query) => (query.afterSeq === 0 ? "recording.view" : null),
  run: (query, row) => readConsoleRecording(row, query.afterSeq),
});
