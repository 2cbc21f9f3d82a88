import type { CacheKind } from "../watch-cache/cache-kind";
import { field, projectMeta } from "./object-meta";

// Warning events only (a field selector keeps Normal ones off the wire), at most 100 per
// namespace: the recent problems of an environment, bounded however noisy a namespace gets.

export interface WarningEventRecord {
  namespace: string;
  name: string;
  resourceVersion: string;
  reason: string;
  message: string;
  count: number;
  lastSeen: string;
  involved: { kind: string; name: string };
}

export const warningEventsKind: CacheKind<WarningEventRecord> = {
  resource: "events",
  listPath: "/api/v1/events",
  fieldSelector: "type=Warning",
  project: (raw) => {
    const { namespace, name, resourceVersion, createdAt } = projectMeta(raw);
    return {
      namespace,
      name,
      resourceVersion,
      reason: field<string>(raw, "reason") ?? "",
      message: field<string>(raw, "message") ?? "",
      count: field<number>(raw, "count") ?? 1,
      lastSeen: field<string>(raw, "lastTimestamp") ?? field<string>(raw, "eventTime") ?? field<string>(raw, "firstTimestamp") ?? createdAt,
      involved: { kind: field<string>(raw, "involvedObject", "kind") ?? "", name: field<string>(raw, "involvedObject", "name") ?? "" },
    };
  },
  retainPerNamespace: { limit: 100, order: (event) => event.lastSeen },
};
