import type { ServiceDocs } from "@/lib/docs/types";
import type { ItemState, ItemStatus, MarkView } from "./scoring/item-state";

// What lib/readiness hands to pages and the JSON API. Plain data; client-safe (types only).

export type { ItemStatus, MarkView };

/** A checklist item and its state for one service (status, reason, what it earns, its mark). */
export interface ReadinessItemDto extends ItemState {
  id: string;
  title: string;
  why: string;
  how: string;
  weight: number;
  kind: "manual" | "automatic";
  check: string | null;
  /** Manual items: a tick older than this many days turns stale. */
  staleAfterDays: number | null;
}

export interface ReadinessStandardDto {
  id: string;
  title: string;
  description: string;
  score: number | null;
  earned: number;
  possible: number;
  items: ReadinessItemDto[];
}

export interface LevelDto {
  name: string;
  minScore: number;
  description?: string;
}

export interface ClusterStateDto {
  cluster: string | null;
  namespace: string;
  state: "connecting" | "synced" | "unreachable" | "not-configured";
  problem: string | null;
}

export interface ServiceReadinessDto {
  service: string;
  team: string | null;
  workload: { kind: string; replicas: number } | null;
  score: number | null;
  level: string | null;
  nextLevel: LevelDto | null;
  levels: LevelDto[];
  standards: ReadinessStandardDto[];
  docs: ServiceDocs;
  cluster: ClusterStateDto;
  /** Why the checklist file on disk is not in force (the last good version is), if it is not. */
  checklistError: string | null;
  evaluatedAt: string;
}

export interface ReadinessRowDto {
  service: string;
  team: string | null;
  score: number | null;
  level: string | null;
  standards: Record<string, number | null>;
  /** Items failing, open or stale: the work left. */
  todo: number;
  /** Overall scores over the last 30 days, oldest first (snapshots). */
  trend: number[];
  /** Score now minus the first score in those 30 days. */
  change: number | null;
}

export interface ReadinessOverviewDto {
  standards: Array<{ id: string; title: string }>;
  levels: LevelDto[];
  rows: ReadinessRowDto[];
  teams: string[];
  cluster: ClusterStateDto;
  checklistError: string | null;
  evaluatedAt: string;
}

export interface ScoreHistoryDto {
  service: string;
  levels: LevelDto[];
  standards: Array<{ id: string; title: string }>;
  points: Array<{ at: string; score: number | null; level: string | null; standards: Record<string, number | null> }>;
}
