import { z } from "zod";

// The filters of the sessions list (page and GET /api/consoles), all optional.

const blank = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

export const consoleListFilters = z.object({
  /** Email of the person who opened the sessions. */
  person: z.preprocess(blank, z.string().trim().max(320).optional()),
  service: z.preprocess(blank, z.string().trim().max(253).optional()),
  production: z.preprocess(blank, z.enum(["1", "true"]).optional()),
  review: z.preprocess(blank, z.enum(["pending", "approved", "flagged"]).optional()),
  status: z.preprocess(blank, z.enum(["pending", "denied", "ready", "running", "ended", "expired", "failed"]).optional()),
  /** Search over typed input. */
  q: z.preprocess(blank, z.string().trim().max(200).optional()),
  /** Sessions requested before this time (from nextCursor). */
  cursor: z.preprocess(blank, z.iso.datetime().optional()),
  limit: z.preprocess(blank, z.coerce.number().int().min(1).max(200).default(50)),
});

export type ConsoleListFilters = z.output<typeof consoleListFilters>;
