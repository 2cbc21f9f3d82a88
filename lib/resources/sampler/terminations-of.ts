import type { WorkloadContainer } from "../cluster/workload-containers";
import { minuteOf } from "../store/db";
import type { Termination } from "../store/container-terminations";

/** The last ended run of every replica (pods' lastState.terminated), as termination records. */
export function terminationsOf(containers: WorkloadContainer[], idOf: (c: WorkloadContainer) => number): Termination[] {
  const out: Termination[] = [];
  for (const c of containers) {
    for (const { pod, state } of c.pods) {
      const last = state.lastTermination;
      const finished = last?.finishedAt ? Date.parse(last.finishedAt) : NaN;
      if (!last || !Number.isFinite(finished)) continue;
      out.push({ seriesId: idOf(c), pod: pod.name, minute: minuteOf(finished), reason: last.reason ?? "Unknown", exitCode: last.exitCode ?? -1 });
    }
  }
  return out;
}
