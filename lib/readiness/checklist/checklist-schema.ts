import { z } from "zod";
import { checkIds } from "../checks/check-registry";

// The readiness checklist as data (readiness/checklist.yaml in the docs folder): standards,
// their items, and the levels. Item ids are unique across the checklist: they are what ticks
// are stored under, so renaming one drops its ticks.

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be lowercase words joined by '-', e.g. disruption-budget");

const item = z
  .object({
    id,
    title: z.string().min(1),
    why: z.string().min(1),
    how: z.string().min(1),
    weight: z.number().int().min(1).max(10),
    kind: z.enum(["manual", "automatic"]),
    check: z.string().optional(),
    /** Manual items only: days before a tick's evidence turns stale (default PIER_READINESS_STALE_DAYS). */
    staleAfterDays: z.number().int().min(1).max(3650).optional(),
  })
  .strict()
  .superRefine((value, ctx) => {
    if (value.kind === "automatic" && !value.check) ctx.addIssue({ code: "custom", path: ["check"], message: `automatic items name their check: one of ${checkIds.join(", ")}` });
    if (value.kind === "automatic" && value.check && !checkIds.includes(value.check)) ctx.addIssue({ code: "custom", path: ["check"], message: `unknown check "${value.check}": one of ${checkIds.join(", ")}` });
    if (value.kind === "manual" && value.check) ctx.addIssue({ code: "custom", path: ["check"], message: "only automatic items have a check" });
    if (value.kind === "automatic" && value.staleAfterDays) ctx.addIssue({ code: "custom", path: ["staleAfterDays"], message: "only manual items go stale" });
  });

const standard = z
  .object({
    id,
    title: z.string().min(1),
    description: z.string().min(1),
    items: z.array(item).min(1),
  })
  .strict();

const level = z.object({ name: z.string().min(1), minScore: z.number().min(0).max(100), description: z.string().optional() }).strict();

export const checklistSchema = z
  .object({
    version: z.literal(1),
    levels: z.array(level).min(1),
    standards: z.array(standard).min(1),
  })
  .strict()
  .superRefine((value, ctx) => {
    const seen = new Map<string, string>();
    value.standards.forEach((s, si) =>
      s.items.forEach((it, ii) => {
        const before = seen.get(it.id);
        if (before) ctx.addIssue({ code: "custom", path: ["standards", si, "items", ii, "id"], message: `"${it.id}" is already used by an item of ${before}` });
        seen.set(it.id, s.id);
      }),
    );
    const standardIds = new Set<string>();
    value.standards.forEach((s, si) => {
      if (standardIds.has(s.id)) ctx.addIssue({ code: "custom", path: ["standards", si, "id"], message: `standard "${s.id}" appears twice` });
      standardIds.add(s.id);
    });
    value.levels.forEach((l, li) => {
      const previous = value.levels[li - 1];
      if (previous && l.minScore <= previous.minScore) ctx.addIssue({ code: "custom", path: ["levels", li, "minScore"], message: "levels go from lowest to highest minScore" });
    });
  });

export type Checklist = z.infer<typeof checklistSchema>;
export type ChecklistStandard = Checklist["standards"][number];
export type ChecklistItem = ChecklistStandard["items"][number];
export type ChecklistLevel = Checklist["levels"][number];
