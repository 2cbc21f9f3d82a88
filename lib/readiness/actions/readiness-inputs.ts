import { z } from "zod";

// Inputs of the readiness writes (JSON API and forms). Client-safe: forms validate with them too.

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const name = z.string().regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/, "must be a service name (lowercase letters, digits, '-')").max(63);
const itemId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be a checklist item id").max(100);

export const tickInput = z
  .object({
    service: name,
    item: itemId,
    evidenceUrl: z.preprocess(blankToUndefined, z.url({ protocol: /^https?$/, message: "must be an http(s) link" }).max(2000).optional()),
    evidenceNote: z.preprocess(blankToUndefined, z.string().trim().max(2000).optional()),
  })
  .refine((v) => v.evidenceUrl || v.evidenceNote, { path: ["evidenceUrl"], message: "give evidence: a link, a note, or both" });

export const untickInput = z.object({
  service: name,
  item: itemId,
  reason: z.preprocess(blankToUndefined, z.string().trim().max(500).optional()),
});

export const MAX_EXEMPTION_DAYS = 366;

export const exemptInput = z
  .object({
    service: name,
    item: itemId,
    reason: z.string().trim().min(10, "say why in a sentence (at least 10 characters)").max(1000),
    expiresAt: z.coerce.date({ message: "must be a date, e.g. 2027-03-31" }),
  })
  .refine((v) => v.expiresAt.getTime() > Date.now(), { path: ["expiresAt"], message: "must be in the future" })
  .refine((v) => v.expiresAt.getTime() <= Date.now() + MAX_EXEMPTION_DAYS * 86_400_000, { path: ["expiresAt"], message: `at most ${MAX_EXEMPTION_DAYS} days ahead: exemptions are reviewed at least yearly` });

export type TickInput = z.infer<typeof tickInput>;
export type ExemptInput = z.infer<typeof exemptInput>;
