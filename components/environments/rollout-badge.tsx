import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { RolloutDto } from "@/lib/environments/types";

const tones: Record<RolloutDto["state"], BadgeTone> = { complete: "good", progressing: "warn", failed: "bad", paused: "neutral" };
const labels: Record<RolloutDto["state"], string> = { complete: "rolled out", progressing: "rolling out", failed: "failed", paused: "paused" };

/** kubectl rollout status as a badge; the full kubectl message on hover. */
export function RolloutBadge({ rollout }: { rollout: RolloutDto }) {
  return (
    <Badge tone={tones[rollout.state]} title={rollout.message}>
      {labels[rollout.state]}
    </Badge>
  );
}
