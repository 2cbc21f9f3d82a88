"use client";

import type { ServiceDto } from "@/lib/environments/types";
import { ActionFeedback } from "./action-feedback";
import { RolloutProgress } from "./rollout-progress";
import { useServiceAction } from "./use-service-action";

/** The service's rollout, followed live, with the one-click rollback when it failed. */
export function ServiceRollout({ data }: { data: ServiceDto }) {
  const action = useServiceAction(data.cluster.name, data.namespace, data.service.name);
  const progress = data.service.progress;
  const previous = data.revisions.find((r) => !r.current && r.revision < (progress.revision ?? Infinity))?.revision;
  return (
    <div className="flex flex-col gap-2">
      <RolloutProgress
        progress={progress}
        previousRevision={previous}
        rollbackBusy={action.isPending}
        onRollback={() => action.mutate({ verb: "rollback", body: { revision: previous, reason: `rollout of revision ${progress.revision} failed: ${progress.failure?.reason ?? "see Pier"}`, generation: data.service.generation } })}
      />
      <ActionFeedback result={action.data} error={action.error} />
    </div>
  );
}
