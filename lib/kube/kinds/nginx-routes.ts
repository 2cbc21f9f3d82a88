import { NGINX_CONFIG_MAP } from "@/lib/conventions/branch-environments";
import type { CacheKind } from "../watch-cache/cache-kind";
import { field, projectMeta } from "./object-meta";

// The nginx in front of every environment routes paths to services (`location /learn/ {
// proxy_pass http://learn...`). Only the ConfigMap of that name is watched, and only its routes kept.

export interface ProxyRoute {
  path: string;
  service: string;
}

export interface NginxRoutesRecord {
  namespace: string;
  name: string;
  resourceVersion: string;
  routes: ProxyRoute[];
}

const location = /location\s+[=~^*]*\s*(\S+)\s*\{[^}]*?proxy_pass\s+https?:\/\/([a-z0-9-]+)/g;

export function parseNginxRoutes(config: string): ProxyRoute[] {
  return [...config.matchAll(location)].map((m) => ({ path: m[1]!, service: m[2]! }));
}

export const nginxRoutesKind: CacheKind<NginxRoutesRecord> = {
  resource: "configmaps",
  listPath: "/api/v1/configmaps",
  fieldSelector: `metadata.name=${NGINX_CONFIG_MAP}`,
  project: (raw) => {
    const { namespace, name, resourceVersion } = projectMeta(raw);
    const data = field<Record<string, string>>(raw, "data") ?? {};
    return { namespace, name, resourceVersion, routes: Object.values(data).flatMap(parseNginxRoutes) };
  },
};
