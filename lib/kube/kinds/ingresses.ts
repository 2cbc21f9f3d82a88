import type { CacheKind } from "../watch-cache/cache-kind";
import { field, projectMeta, type ObjectMeta } from "./object-meta";

export interface IngressPath {
  host: string;
  path: string;
  pathType: string;
  service: string;
  port: string;
  tls: boolean;
}

export interface IngressRecord extends ObjectMeta {
  className?: string;
  paths: IngressPath[];
  addresses: string[];
}

type RawRule = { host?: string; http?: { paths?: Array<{ path?: string; pathType?: string; backend?: { service?: { name?: string; port?: { number?: number; name?: string } } } }> } };

export const ingressesKind: CacheKind<IngressRecord> = {
  resource: "ingresses",
  listPath: "/apis/networking.k8s.io/v1/ingresses",
  project: (raw) => {
    const tlsHosts = new Set((field<Array<{ hosts?: string[] }>>(raw, "spec", "tls") ?? []).flatMap((t) => t.hosts ?? []));
    const rules = field<RawRule[]>(raw, "spec", "rules") ?? [];
    return {
      ...projectMeta(raw),
      className: field<string>(raw, "spec", "ingressClassName"),
      paths: rules.flatMap((rule) =>
        (rule.http?.paths ?? []).map((p) => ({
          host: rule.host ?? "*",
          path: p.path ?? "/",
          pathType: p.pathType ?? "Prefix",
          service: p.backend?.service?.name ?? "",
          port: String(p.backend?.service?.port?.number ?? p.backend?.service?.port?.name ?? ""),
          tls: tlsHosts.has(rule.host ?? ""),
        })),
      ),
      addresses: (field<Array<{ ip?: string; hostname?: string }>>(raw, "status", "loadBalancer", "ingress") ?? []).map((a) => a.ip ?? a.hostname ?? "").filter(Boolean),
    };
  },
};
