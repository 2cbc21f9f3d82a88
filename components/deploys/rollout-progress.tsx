import { AlertTriangle, CheckCircle2, Loader2, PauseCircle } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Callout } from "@/components/ui/callout";
import type { RolloutProgressDto } from "@/lib/environments/types";
import { ReplicaSetBar } from "./replica-set-bar";

// A rollout as it happens: the new ReplicaSet filling, old ones draining, and the end: success,
// or the reason it failed with a one-click rollback to the revision before.

const tones = { complete: "good", progressing: "info", failed: "bad", paused: "warning" } as const;
const icons = { complete: CheckCircle2, progressing: Loader2, failed: AlertTriangle, paused: PauseCircle };
const titles = { complete: "Rolled out", progressing: "Rolling out", failed: "Rollout failed", paused: "Paused" };

export function RolloutProgress({ progress, onRollback, rollbackBusy, previousRevision }: { progress: RolloutProgressDto; onRollback?: () => void; rollbackBusy?: boolean; previousRevision?: number }) {
  return (
    <div className="flex flex-col gap-3" data-rollout-state={progress.state}>
      <Callout tone={tones[progress.state]} icon={icons[progress.state]} title={`${titles[progress.state]}${progress.revision ? ` · revision ${progress.revision}` : ""}`} role={progress.state === "failed" ? "alert" : "status"}>
        <span>{progress.message}</span>
        {progress.failure?.reason === "ProgressDeadlineExceeded" && progress.failure.message !== progress.message && <span className="block">{progress.failure.message}</span>}
        {progress.state === "failed" && onRollback && previousRevision && (
          <span className="mt-2 block">
            <Button size="sm" variant="danger" onClick={onRollback} disabled={rollbackBusy}>
              Roll back to revision {previousRevision}
            </Button>
          </span>
        )}
      </Callout>
      <div className="flex flex-col gap-2 rounded-lg border border-zinc-200 bg-white p-3 dark:border-zinc-800 dark:bg-zinc-900" aria-label="ReplicaSets">
        {progress.newReplicaSet ? <ReplicaSetBar rs={progress.newReplicaSet} role="new" /> : <p className="text-xs text-zinc-500">Waiting for the Deployment controller to observe the change…</p>}
        {progress.oldReplicaSets.map((rs) => (
          <ReplicaSetBar key={rs.name} rs={rs} role="old" />
        ))}
      </div>
    </div>
  );
}
