// The deploy history of a service or an environment: who, when, what changed, why, and how it
// ended. Types only (client components import them).

export interface HistoryEntryDto {
  at: string;
  /** The person (email), "ci", or "pier cleanup". */
  actor: string;
  /** "deploy", "restart", "set image", "scale", "rollback", "pause", "resume", "delete", "keep", "expire", "create e2e", or "revision" (a rollout Pier did not make). */
  action: string;
  service?: string;
  /** What changed, in a line: "learn=registry.example.com/learn:3f9c2a1b7d4e", "1 -> 3 replicas". */
  summary: string;
  reason?: string;
  /** The audit outcome; "recorded" for revisions known only from the cluster. */
  outcome: "succeeded" | "denied" | "failed" | "recorded";
  /** Why it was denied or how it failed. */
  detail?: string;
  /** The ReplicaSet revision this made, when it made one that still exists. */
  revision?: number;
  /** That revision's rollout now: complete/progressing/failed/paused while current, else superseded. */
  rollout?: "complete" | "progressing" | "failed" | "paused" | "superseded";
}
