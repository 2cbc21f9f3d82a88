import type { Checklist, ChecklistLevel } from "../checklist/checklist-schema";
import type { ItemState } from "./item-state";

// Scores, weighted: per standard, earned weight over the weight of counted items; overall,
// the same over every counted item (so a heavy standard weighs more). The level is the
// highest whose minScore the overall score reaches.

export interface StandardScore {
  id: string;
  /** 0-100, or null when no item of the standard counts yet. */
  score: number | null;
  earned: number;
  possible: number;
}

export interface ServiceScore {
  score: number | null;
  earned: number;
  possible: number;
  level: ChecklistLevel | null;
  nextLevel: ChecklistLevel | null;
  standards: StandardScore[];
}

const percent = (earned: number, possible: number) => (possible > 0 ? Math.round((earned / possible) * 100) : null);

export function levelFor(checklist: Checklist, score: number | null): { level: ChecklistLevel | null; nextLevel: ChecklistLevel | null } {
  const reached = score === null ? [] : checklist.levels.filter((l) => score >= l.minScore);
  const level = reached[reached.length - 1] ?? null;
  const nextLevel = checklist.levels.find((l) => score === null || l.minScore > score) ?? null;
  return { level, nextLevel };
}

export function scoreService(checklist: Checklist, states: ReadonlyMap<string, ItemState>): ServiceScore {
  let earned = 0;
  let possible = 0;
  const standards = checklist.standards.map((standard) => {
    let e = 0;
    let p = 0;
    for (const item of standard.items) {
      const state = states.get(item.id);
      if (!state?.counted) continue;
      e += state.earned;
      p += item.weight;
    }
    earned += e;
    possible += p;
    return { id: standard.id, score: percent(e, p), earned: e, possible: p };
  });
  const score = percent(earned, possible);
  return { score, earned, possible, standards, ...levelFor(checklist, score) };
}
