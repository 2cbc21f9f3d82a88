import type { KubeConnection } from "./kube-connection";
import { autoscalersKind, type AutoscalerRecord } from "./kinds/autoscalers";
import { disruptionBudgetsKind, type DisruptionBudgetRecord } from "./kinds/disruption-budgets";
import { ingressesKind, type IngressRecord } from "./kinds/ingresses";
import { namespacesKind, type NamespaceRecord } from "./kinds/namespaces";
import { nginxRoutesKind, type NginxRoutesRecord } from "./kinds/nginx-routes";
import { nodesKind, type NodeRecord } from "./kinds/nodes";
import { podsKind, type PodRecord } from "./kinds/pods";
import { replicaSetsKind, type ReplicaSetRecord } from "./kinds/replica-sets";
import { limitRangesKind, resourceQuotasKind, type LimitRangeRecord, type ResourceQuotaRecord } from "./kinds/resource-quotas";
import { servicesKind, type ServiceRecord } from "./kinds/services";
import { warningEventsKind, type WarningEventRecord } from "./kinds/warning-events";
import { deploymentsKind, statefulSetsKind, type WorkloadRecord } from "./kinds/workloads";
import type { CacheKind, CachedObject } from "./watch-cache/cache-kind";
import { WatchCache } from "./watch-cache/watch-cache";

// The one watch cache per kind of a cluster, shared by every area and request. Core kinds start
// with the cluster and make its status (what environments read); on-demand kinds start when an
// area first asks for them (resources: HPAs, quotas, limit ranges, nodes; readiness: PDBs and
// HPAs) and stay out of the cluster's status, so a cluster that forbids listing nodes still
// shows its environments.

export interface ClusterCaches {
  namespaces: WatchCache<NamespaceRecord>;
  deployments: WatchCache<WorkloadRecord>;
  statefulSets: WatchCache<WorkloadRecord>;
  replicaSets: WatchCache<ReplicaSetRecord>;
  pods: WatchCache<PodRecord>;
  services: WatchCache<ServiceRecord>;
  ingresses: WatchCache<IngressRecord>;
  warningEvents: WatchCache<WarningEventRecord>;
  nginxRoutes: WatchCache<NginxRoutesRecord>;
  disruptionBudgets: WatchCache<DisruptionBudgetRecord>;
  autoscalers: WatchCache<AutoscalerRecord>;
  resourceQuotas: WatchCache<ResourceQuotaRecord>;
  limitRanges: WatchCache<LimitRangeRecord>;
  nodes: WatchCache<NodeRecord>;
}

export type CacheName = keyof ClusterCaches;

export const coreCaches = ["namespaces", "deployments", "statefulSets", "replicaSets", "pods", "services", "ingresses", "warningEvents", "nginxRoutes"] as const satisfies CacheName[];
export type OnDemandCache = Exclude<CacheName, (typeof coreCaches)[number]>;
export const onDemandCaches = ["disruptionBudgets", "autoscalers", "resourceQuotas", "limitRanges", "nodes"] as const satisfies OnDemandCache[];

export interface CacheEvents {
  /** Any object of the namespace changed (a Namespace's own name for namespaces). */
  onChange(namespace: string): void;
  /** A cache synced, or became unreachable or reachable again. */
  onState(): void;
}

export function makeClusterCaches(connection: KubeConnection, events: CacheEvents): ClusterCaches {
  const make = <T extends CachedObject>(kind: CacheKind<T>) => new WatchCache(kind, connection, events.onChange, events.onState);
  return {
    namespaces: make(namespacesKind),
    deployments: make(deploymentsKind),
    statefulSets: make(statefulSetsKind),
    replicaSets: make(replicaSetsKind),
    pods: make(podsKind),
    services: make(servicesKind),
    ingresses: make(ingressesKind),
    warningEvents: make(warningEventsKind),
    nginxRoutes: make(nginxRoutesKind),
    disruptionBudgets: make(disruptionBudgetsKind),
    autoscalers: make(autoscalersKind),
    resourceQuotas: make(resourceQuotasKind),
    limitRanges: make(limitRangesKind),
    nodes: make(nodesKind),
  };
}
