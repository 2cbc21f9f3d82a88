// GET /api/consoles/<id>: one console session, without its recording (owner, auditors, admins).
import { z } from "zod";
import { consoleReadRoute } from "@/lib/console/read/console-read-route";
import { toConsoleSessionDto } from "@/lib/console/store/console-session-view";

export const dynamic = "force-dynamic";

export const GET = consoleReadRoute({ action: "recording.read", query: z.object({}), run: (_query, row) => toConsoleSessionDto(row) });
