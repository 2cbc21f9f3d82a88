import type { CacheKind } from "../watch-cache/cache-kind";
import { field, projectMeta, type ObjectMeta } from "./object-meta";

export interface ServicePort {
  name?: string;
  port: number;
  targetPort: string;
  protocol: string;
}

export interface ServiceRecord extends ObjectMeta {
  type: string;
  clusterIP?: string;
  ports: ServicePort[];
}

export const servicesKind: CacheKind<ServiceRecord> = {
  resource: "services",
  listPath: "/api/v1/services",
  project: (raw) => ({
    ...projectMeta(raw),
    type: field<string>(raw, "spec", "type") ?? "ClusterIP",
    clusterIP: field<string>(raw, "spec", "clusterIP"),
    ports: (field<Array<{ name?: string; port?: number; targetPort?: string | number; protocol?: string }>>(raw, "spec", "ports") ?? []).map((p) => ({
      name: p.name,
      port: p.port ?? 0,
      targetPort: String(p.targetPort ?? p.port ?? ""),
      protocol: p.protocol ?? "TCP",
    })),
  }),
};
