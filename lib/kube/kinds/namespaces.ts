import type { CacheKind } from "../watch-cache/cache-kind";
import { field, projectMeta, type ObjectMeta } from "./object-meta";

export interface NamespaceRecord extends ObjectMeta {
  phase: string;
}

export const namespacesKind: CacheKind<NamespaceRecord> = {
  resource: "namespaces",
  listPath: "/api/v1/namespaces",
  project: (raw) => ({ ...projectMeta(raw), phase: field<string>(raw, "status", "phase") ?? "Active" }),
  changedNamespace: (ns) => ns.name,
};
