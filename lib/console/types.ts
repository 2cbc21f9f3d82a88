// The DTOs of console sessions, as the JSON API returns them and the pages render them. Types
// only (no server-only): client components import them.

export type ConsoleStatus = "pending" | "denied" | "ready" | "running" | "ended" | "expired" | "failed";
export type ConsoleReviewStatus = "pending" | "approved" | "flagged";

export interface ConsolePersonDto {
  id: string;
  name: string;
  email: string;
}

export interface ConsoleSessionDto {
  id: string;
  user: ConsolePersonDto;
  cluster: string;
  environment: "staging" | "production";
  namespace: string;
  service: string;
  workloadKind: string;
  container: string;
  podMode: "one-off" | "existing";
  pod: string | null;
  image: string | null;
  command: string[];
  reason: string;
  ticketUrl: string | null;
  status: ConsoleStatus;
  maxMinutes: number;
  requestedAt: string;
  decision: { at: string; by: ConsolePersonDto; note: string | null } | null;
  /** A ready session must start before this. */
  startBy: string | null;
  startedAt: string | null;
  endedAt: string | null;
  endReason: string | null;
  exitCode: number | null;
  recording: { chunks: number; inputBytes: number; outputBytes: number; finalHash: string | null };
  review: { status: ConsoleReviewStatus; at: string | null; by: string | null; note: string | null };
}

export interface ConsoleSessionListDto {
  sessions: ConsoleSessionDto[];
  /** Pass as `cursor` for older sessions. */
  nextCursor: string | null;
  /** Input lines matching `q`, per session id (when searching). */
  matches: Record<string, Array<{ lineNo: number; offsetMs: number; text: string }>>;
}

export interface ConsoleChunkDto {
  seq: number;
  offsetMs: number;
  /** The Kubernetes exec channel: 0 stdin, 1 stdout, 2 stderr, 3 status, 4 resize. */
  stream: number;
  /** The bytes, base64. */
  data: string;
}

export interface RecordingVerificationDto {
  ok: boolean;
  chunks: number;
  /** The chain's head recomputed from the stored chunks. */
  computedHash: string;
  /** What the session row and the audit log say it must be. */
  sessionHash: string | null;
  auditHash: string | null;
  problems: string[];
}

export interface ConsoleRecordingDto {
  session: ConsoleSessionDto;
  chunks: ConsoleChunkDto[];
  /** More chunks follow: ask again with `afterSeq`. */
  nextSeq: number | null;
  inputLines: Array<{ lineNo: number; offsetMs: number; text: string }>;
  verification: RecordingVerificationDto | null;
}

/** What a new console may be started with (the "Open console" form). */
export interface ConsoleTargetDto {
  cluster: string;
  environment: "staging" | "production";
  namespace: string;
  service: string;
  workloadKind: string;
  containers: Array<{ name: string; image: string }>;
  defaultContainer: string;
  command: string[];
  pods: Array<{ name: string; status: string; createdAt: string }>;
  canRunArbitrary: boolean;
  needsApproval: boolean;
  maxMinutes: number;
}

/** What the signed-in person may do with a session (its page). */
export interface ConsolePermissions {
  /** Type in it: the owner, when the rules let them open it (production: approved). */
  drive: boolean;
  approve: boolean;
  watch: boolean;
  /** Read the recording and the session's details. */
  read: boolean;
  end: boolean;
  review: boolean;
}
