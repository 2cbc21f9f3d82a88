import "server-only";
import { docsDir } from "@/lib/docs/get-docs";
import { env } from "@/lib/env";
import type { Checklist } from "./checklist/checklist-schema";
import { ChecklistSource } from "./checklist/load-checklist";
import { getReadinessWatch } from "./cluster/get-readiness-watch";
import type { ClusterStateDto } from "./types";

// The process-wide pieces readiness reads: the checklist (from the docs folder, last good
// version kept) and the state of the cluster it is judged against.

const key = Symbol.for("pier.readiness.checklist");
type Holder = typeof globalThis & { [key]?: ChecklistSource };

/** The checklist has never been readable: nothing to score against (the error says why). */
export class ChecklistUnavailableError extends Error {
  constructor(reason: string) {
    super(`The readiness checklist cannot be read: ${reason}`);
    this.name = "ChecklistUnavailableError";
  }
}

export function loadChecklist(): { checklist: Checklist; error: string | null } {
  const holder = globalThis as Holder;
  holder[key] ??= new ChecklistSource(docsDir());
  const loaded = holder[key].load();
  if (!loaded.checklist) throw new ChecklistUnavailableError(loaded.error ?? "unknown error");
  return { checklist: loaded.checklist, error: loaded.error };
}

export function clusterState(): ClusterStateDto {
  const { watch, problem } = getReadinessWatch();
  if (!watch) return { cluster: null, namespace: env.PIER_READINESS_NAMESPACE, state: "not-configured", problem };
  const status = watch.status();
  const down = status.state === "unreachable" ? `cluster ${watch.cluster} unreachable since ${status.unreachableSince?.slice(11, 19)} UTC (${status.error ?? "no answer"})` : null;
  return { cluster: watch.cluster, namespace: watch.namespace, state: status.state, problem: down };
}

export const staleDays = () => env.PIER_READINESS_STALE_DAYS;
