import { Callout } from "@/components/ui/callout";
import { ApiError } from "@/lib/queries/fetch-json";

/** A refetch failed while the page shows the last good data: say why (deleted, or unreachable). */
export function GoneOrFailed({ error, what }: { error: Error | null; what: string }) {
  if (!error) return null;
  if (error instanceof ApiError && error.status === 404) {
    return (
      <Callout tone="warn" role="alert" title={`This ${what} no longer exists`}>
        {error.message}. What you see is the last state Pier had.
      </Callout>
    );
  }
  return (
    <Callout tone="bad" role="alert" title={`Could not refresh this ${what}`}>
      {error.message}
    </Callout>
  );
}
