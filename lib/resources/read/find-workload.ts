import "server-only";
import { collectServices, type ServiceParts } from "@/lib/environments/collect-services";
import { LookupError } from "@/lib/environments/lookup-error";
import { resolveEnvironment, validateServiceName } from "@/lib/environments/resolve-target";
import type { ClusterResources } from "../cluster/cluster-resources";
import type { ResourcesContext } from "../resources-context";

// A service of an environment as the environments API finds it (same validation, same 400/404/503).

export async function findWorkload(ctx: ResourcesContext, cluster: string, namespace: string, service: string): Promise<{ resources: ClusterResources; parts: ServiceParts }> {
  validateServiceName(service);
  const { runtime } = await resolveEnvironment(ctx.clusters, cluster, namespace);
  const parts = collectServices(runtime.caches, namespace).find((p) => p.workload.name === service);
  if (!parts) throw new LookupError(404, `service "${service}" not found in environment "${namespace}" of cluster "${cluster}"`);
  return { resources: ctx.resourcesOf(runtime), parts };
}
