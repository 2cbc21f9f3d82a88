import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { ConsoleReviewStatus, ConsoleStatus } from "@/lib/console/types";

const statusTones: Record<ConsoleStatus, BadgeTone> = { pending: "amber", denied: "red", ready: "brand", running: "green", ended: "neutral", expired: "neutral", failed: "red" };
const statusLabels: Record<ConsoleStatus, string> = { pending: "waiting for approval", denied: "denied", ready: "ready to start", running: "running", ended: "ended", expired: "expired", failed: "failed" };
const reviewTones: Record<ConsoleReviewStatus, BadgeTone> = { pending: "neutral", approved: "green", flagged: "red" };

export function SessionStatusBadge({ status }: { status: ConsoleStatus }) {
  return <Badge tone={statusTones[status]}>{statusLabels[status]}</Badge>;
}

export function ReviewBadge({ review }: { review: ConsoleReviewStatus }) {
  return <Badge tone={reviewTones[review]}>{review === "pending" ? "not reviewed" : review}</Badge>;
}
