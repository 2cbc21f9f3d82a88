import type { ConsoleSession } from "@/lib/db/generated/client";
import type { ConsoleSessionDto } from "../types";

// A session row as the API and pages show it: plain data, dates as ISO strings, BigInts as numbers.

const iso = (date: Date | null) => date?.toISOString() ?? null;

export function toConsoleSessionDto(row: ConsoleSession): ConsoleSessionDto {
  return {
    id: row.id,
    user: { id: row.userId, name: row.userName, email: row.userEmail },
    cluster: row.cluster,
    environment: row.environment === "production" ? "production" : "staging",
    namespace: row.namespace,
    service: row.service,
    workloadKind: row.workloadKind,
    container: row.container,
    podMode: row.podMode === "existing" ? "existing" : "one-off",
    pod: row.pod,
    image: row.image,
    command: row.command,
    reason: row.reason,
    ticketUrl: row.ticketUrl,
    status: row.status,
    maxMinutes: row.maxMinutes,
    requestedAt: row.requestedAt.toISOString(),
    decision: row.decidedAt ? { at: row.decidedAt.toISOString(), by: { id: row.decidedById ?? "", name: row.decidedByName ?? "", email: row.decidedByEmail ?? "" }, note: row.decisionNote } : null,
    startBy: iso(row.startBy),
    startedAt: iso(row.startedAt),
    endedAt: iso(row.endedAt),
    endReason: row.endReason,
    exitCode: row.exitCode,
    recording: { chunks: row.chunkCount, inputBytes: Number(row.inputBytes), outputBytes: Number(row.outputBytes), finalHash: row.finalHash },
    review: { status: row.review, at: iso(row.reviewedAt), by: row.reviewedByName, note: row.reviewNote },
  };
}

/** "production", or "eu-prod (production)" when the cluster's name does not say its environment. */
export function clusterLabel(session: { cluster: string; environment: string }): string {
  return session.cluster === session.environment ? session.cluster : `${session.cluster} (${session.environment})`;
}
