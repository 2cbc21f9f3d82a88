import { environmentLifecycle } from "@/lib/deploy/lifecycle/environment-lifecycle";
import type { Clusters } from "@/lib/kube/clusters";
import { collectServices } from "./collect-services";
import { describeCluster } from "./describe-cluster";
import { resolveEnvironment } from "./resolve-target";
import { ingressUrl, summarizeEnvironment } from "./summarize-environment";
import { summarizeService } from "./summarize-service";
import type { EnvironmentDto, IngressRouteDto } from "./types";
import { recentWarnings } from "./warning-events";

// One environment: its services, the Ingress routes into it, the nginx routes behind them (the
// nginx-in-front convention), and its recent warnings. Reads only this namespace's buckets.

export async function getEnvironment(clusters: Clusters, cluster: string, namespace: string): Promise<EnvironmentDto> {
  const { runtime, ns } = await resolveEnvironment(clusters, cluster, namespace);
  const { caches } = runtime;
  const services = collectServices(caches, namespace).map(summarizeService);
  const ingressRoutes: IngressRouteDto[] = caches.ingresses.list(namespace).flatMap((ingress) =>
    ingress.paths.map((path) => ({ ingress: ingress.name, host: path.host, path: path.path, service: path.service, port: path.port, url: ingressUrl(path) })),
  );
  const nginx = caches.nginxRoutes.list(namespace)[0];
  const fronting = ingressRoutes.map((r) => r.service).find((name) => services.some((s) => s.name === name));
  const summary = summarizeEnvironment(runtime, ns)!;
  return {
    cluster: describeCluster(runtime),
    summary,
    lifecycle: environmentLifecycle(runtime, ns, summary),
    services,
    ingressRoutes,
    proxy: nginx && nginx.routes.length > 0 ? { service: fronting ?? "nginx", routes: nginx.routes } : undefined,
    events: recentWarnings(caches.warningEvents.list(namespace), 25),
  };
}
