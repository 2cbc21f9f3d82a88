import type { BadgeTone } from "@/components/ui/badge";
import type { LevelDto } from "@/lib/readiness/types";

/** Red below the first level, amber below the second, green from there. */
export function scoreTone(score: number | null, levels: LevelDto[]): BadgeTone {
  if (score === null) return "neutral";
  if (score < (levels[0]?.minScore ?? 50)) return "bad";
  if (score < (levels[1]?.minScore ?? 75)) return "warn";
  return "good";
}

export const formatScore = (score: number | null) => (score === null ? "—" : String(score));
