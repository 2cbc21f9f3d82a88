import type { ActionResultDto } from "@/lib/deploy/actions/raw-workload";
import type { ActionError } from "./use-service-action";

/** What the last action said: kubectl's line (and a warning), or why it was refused. */
export function ActionFeedback({ result, error }: { result?: ActionResultDto | null; error?: ActionError | null }) {
  if (error) {
    return (
      <p role="alert" className="text-sm text-red-700 dark:text-red-400">
        {error.status === 403 ? "Refused: " : error.status === 409 ? "Conflict: " : ""}
        {error.message}
      </p>
    );
  }
  if (!result) return null;
  return (
    <p role="status" className="text-sm text-emerald-800 dark:text-emerald-300">
      <span className="font-mono">{result.message}</span>
      {result.warning && <span className="block text-amber-800 dark:text-amber-300">{result.warning}</span>}
    </p>
  );
}
