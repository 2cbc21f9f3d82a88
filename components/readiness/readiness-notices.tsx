import { CloudOff, FileWarning } from "lucide-react";
import { Callout } from "@/components/ui/callout";
import type { ClusterStateDto } from "@/lib/readiness/types";

/** Why some numbers may be off: a broken checklist file (last good one in use), an unreadable cluster. */
export function ReadinessNotices({ checklistError, cluster }: { checklistError: string | null; cluster: ClusterStateDto }) {
  return (
    <div className="mb-6 space-y-3 empty:hidden">
      {checklistError && (
        <Callout tone="warning" icon={FileWarning} role="alert" title="The checklist file has errors; the last good version is in use">
          <pre className="mt-1 font-mono text-xs whitespace-pre-wrap">{checklistError}</pre>
        </Callout>
      )}
      {cluster.problem && (
        <Callout tone="warning" icon={CloudOff} role="status" title="Automatic checks cannot read the cluster">
          {cluster.problem}. Automatic items show as unknown and do not count until it is back.
        </Callout>
      )}
    </div>
  );
}
