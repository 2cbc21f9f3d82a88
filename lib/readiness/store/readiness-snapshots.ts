import "server-only";
import { getPrisma } from "@/lib/db/client";

// The score history: a snapshot per service when its score, level or a standard's score
// changes, and at least one a day, so the chart has a point per day even when nothing moves.
// The last snapshot per service is remembered in memory to spare a query per evaluation.

export interface ScorePoint {
  at: string;
  score: number | null;
  level: string | null;
  standards: Record<string, number | null>;
}

const DAY = 86_400_000;
const last = ((globalThis as { pierReadinessLast?: Map<string, ScorePoint | null> }).pierReadinessLast ??= new Map());

const sameScores = (a: ScorePoint, b: Omit<ScorePoint, "at">) =>
  a.score === b.score && a.level === b.level && JSON.stringify(a.standards) === JSON.stringify(b.standards);

async function latest(service: string): Promise<ScorePoint | null> {
  if (last.has(service)) return last.get(service)!;
  const row = await getPrisma().readinessSnapshot.findFirst({ where: { service }, orderBy: { at: "desc" } });
  const point = row ? { at: row.at.toISOString(), score: row.score, level: row.level, standards: row.standards as Record<string, number | null> } : null;
  last.set(service, point);
  return point;
}

const queues = new Map<string, Promise<unknown>>();

/** Records the score when it differs from the last snapshot or that one is a day old. */
export function recordSnapshotIfChanged(service: string, current: Omit<ScorePoint, "at">, now = new Date()): Promise<boolean> {
  // One at a time per service, so two evaluations at once do not both record the same change.
  const run = (queues.get(service) ?? Promise.resolve()).catch(() => {}).then(() => record(service, current, now));
  queues.set(service, run);
  void run.finally(() => queues.get(service) === run && queues.delete(service)).catch(() => {});
  return run;
}

async function record(service: string, current: Omit<ScorePoint, "at">, now: Date): Promise<boolean> {
  const previous = await latest(service);
  if (previous && sameScores(previous, current) && now.getTime() - Date.parse(previous.at) < DAY) return false;
  const row = await getPrisma().readinessSnapshot.create({ data: { service, at: now, score: current.score, level: current.level, standards: current.standards } });
  last.set(service, { ...current, at: row.at.toISOString() });
  return true;
}

/** A service's snapshots since `since`, oldest first. */
export async function listSnapshots(service: string, since: Date): Promise<ScorePoint[]> {
  const rows = await getPrisma().readinessSnapshot.findMany({ where: { service, at: { gte: since } }, orderBy: { at: "asc" }, take: 5000 });
  return rows.map((r) => ({ at: r.at.toISOString(), score: r.score, level: r.level, standards: r.standards as Record<string, number | null> }));
}

/** Overall scores of every service since `since` (the overview's trend lines), oldest first. */
export async function listScoreTrends(since: Date): Promise<Map<string, Array<{ at: string; score: number | null }>>> {
  const rows = await getPrisma().readinessSnapshot.findMany({ where: { at: { gte: since } }, orderBy: { at: "asc" }, select: { service: true, at: true, score: true }, take: 50_000 });
  const out = new Map<string, Array<{ at: string; score: number | null }>>();
  for (const row of rows) {
    const list = out.get(row.service) ?? [];
    list.push({ at: row.at.toISOString(), score: row.score });
    out.set(row.service, list);
  }
  return out;
}

/** Forgets the in-memory last snapshots (tests that reset the database). */
export function forgetSnapshotCache(): void {
  last.clear();
}
