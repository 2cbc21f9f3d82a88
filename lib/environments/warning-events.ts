import type { WarningEventRecord } from "@/lib/kube/kinds/warning-events";
import type { WarningEventDto } from "./types";

/** The newest warnings first, at most `limit`, optionally only those about the named objects. */
export function recentWarnings(events: WarningEventRecord[], limit: number, about?: (e: WarningEventRecord) => boolean): WarningEventDto[] {
  return events
    .filter((e) => !about || about(e))
    .sort((a, b) => b.lastSeen.localeCompare(a.lastSeen))
    .slice(0, limit)
    .map((e) => ({ reason: e.reason, message: e.message, count: e.count, lastSeen: e.lastSeen, object: `${e.involved.kind}/${e.involved.name}` }));
}
