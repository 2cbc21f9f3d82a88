import { Badge } from "@/components/ui/badge";
import type { Problem } from "@/lib/environments/types";

export function ProblemBadge({ problem }: { problem?: { reason: Problem; pods: number } }) {
  if (!problem) return null;
  return (
    <Badge tone={problem.reason === "Pending" ? "warn" : "bad"}>
      {problem.reason}
      {problem.pods > 1 && <span className="ml-1 opacity-70">×{problem.pods}</span>}
    </Badge>
  );
}

/** "5/6 ready" with the worst problem beside it. */
export function HealthSummary({ services, problem }: { services: { ready: number; total: number }; problem?: { reason: Problem; pods: number } }) {
  const allReady = services.ready === services.total && !problem;
  const tone = services.total === 0 ? "neutral" : allReady ? "good" : services.ready === 0 ? "bad" : "warn";
  return (
    <span className="inline-flex flex-wrap items-center gap-1.5">
      <Badge tone={tone}>{services.total === 0 ? "no services yet" : `${services.ready}/${services.total} ready`}</Badge>
      <ProblemBadge problem={problem} />
    </span>
  );
}
