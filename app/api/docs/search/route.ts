// GET /api/docs/search?q=rollback&limit=10: docs ranked by relevance, with highlighted excerpts.
import { z } from "zod";
import { defineReadRoute } from "@/lib/audit/door/define-read-route";
import { searchDocs } from "@/lib/docs/get-docs";

export const dynamic = "force-dynamic";

export const GET = defineReadRoute({
  action: "environment.read",
  query: z.object({ q: z.string().max(200).default(""), limit: z.coerce.number().int().min(1).max(50).default(10) }),
  run: ({ q, limit }) => searchDocs(q, limit),
});
