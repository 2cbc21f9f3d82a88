import type { CacheKind } from "../watch-cache/cache-kind";
import { field, projectMeta, stringMap, type ObjectMeta } from "./object-meta";

// ResourceQuotas and LimitRanges, cluster-wide: what a namespace may reserve in total and per
// container (defaults, minimums, maximums), shown beside the requests that count against them.

export interface ResourceQuotaRecord extends ObjectMeta {
  hard: Record<string, string>;
  used: Record<string, string>;
}

export const resourceQuotasKind: CacheKind<ResourceQuotaRecord> = {
  resource: "resourcequotas",
  listPath: "/api/v1/resourcequotas",
  project: (raw) => ({ ...projectMeta(raw), hard: stringMap(field(raw, "status", "hard") ?? field(raw, "spec", "hard")), used: stringMap(field(raw, "status", "used")) }),
};

export interface LimitRangeItem {
  /** Container, Pod or PersistentVolumeClaim. */
  type: string;
  default: Record<string, string>;
  defaultRequest: Record<string, string>;
  min: Record<string, string>;
  max: Record<string, string>;
}

export interface LimitRangeRecord extends ObjectMeta {
  limits: LimitRangeItem[];
}

export const limitRangesKind: CacheKind<LimitRangeRecord> = {
  resource: "limitranges",
  listPath: "/api/v1/limitranges",
  project: (raw) => ({
    ...projectMeta(raw),
    limits: (field<Array<Record<string, unknown>>>(raw, "spec", "limits") ?? []).map((l) => ({
      type: String(l.type ?? "Container"),
      default: stringMap(l.default),
      defaultRequest: stringMap(l.defaultRequest),
      min: stringMap(l.min),
      max: stringMap(l.max),
    })),
  }),
};
