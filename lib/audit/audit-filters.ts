import { z } from "zod";
import { outcomes } from "./hash-audit-record";

// The filters of the audit log, shared by the /audit page and GET /api/audit (query parameters).
// Empty form fields count as unset. Times without a zone are UTC. Pure.

const blankIsUnset = (value: unknown) => (value === "" ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankIsUnset, schema.optional());

const time = z.string().transform((value, ctx) => {
  const date = new Date(/([zZ]|[+-]\d\d:?\d\d)$/.test(value) ? value : `${value}Z`);
  if (Number.isNaN(date.getTime())) {
    ctx.addIssue({ code: "custom", message: "must be a time like 2026-11-27T09:30 (UTC) or an ISO 8601 time" });
    return z.NEVER;
  }
  return date;
});

export const auditFilterSchema = z.object({
  /** Email of the person (or token owner). */
  actor: optional(z.string().trim().max(320)),
  /** An action, or a prefix ending in `*` (e.g. `workload.*`). */
  action: optional(z.string().trim().max(100)),
  namespace: optional(z.string().trim().max(253)),
  outcome: optional(z.enum(outcomes)),
  from: optional(time),
  to: optional(time),
  /** Keyset cursor: records older than this sequence number. */
  cursor: optional(z.coerce.number().int().positive()),
  limit: z.preprocess(blankIsUnset, z.coerce.number().int().min(1).max(500).default(50)),
});

export type AuditFilters = z.output<typeof auditFilterSchema>;

/** URLSearchParams (or a page's searchParams) as a plain object for the schema. */
export function searchParamsObject(params: URLSearchParams | Record<string, string | string[] | undefined>): Record<string, string> {
  const entries = params instanceof URLSearchParams ? [...params.entries()] : Object.entries(params);
  return Object.fromEntries(entries.flatMap(([key, value]) => (typeof value === "string" ? [[key, value]] : Array.isArray(value) && value[0] ? [[key, value[0]]] : [])));
}

/** A list page's filters from its query: what parses (else none), and what did not, said on the page rather than failing it. */
export function pageFilters<S extends z.ZodType>(schema: S, params: Record<string, string | string[] | undefined>): { raw: Record<string, string>; filters: z.output<S>; ignored: string | null } {
  const raw = searchParamsObject(params);
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { raw, filters: parsed.data, ignored: null };
  return { raw, filters: schema.parse({}), ignored: parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ") };
}
