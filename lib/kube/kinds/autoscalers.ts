import type { CacheKind } from "../watch-cache/cache-kind";
import { field, projectMeta, type ObjectMeta } from "./object-meta";

// HorizontalPodAutoscalers (autoscaling/v2), cluster-wide: which workload each scales, between
// which bounds and on which metrics, so resources advice can step aside where changing a request
// changes the scaling, and readiness can judge the bounds.

export interface AutoscalerMetric {
  /** Resource, ContainerResource, Pods, Object or External. */
  type: string;
  /** The resource of a Resource or ContainerResource metric ("cpu", "memory"). */
  resource?: string;
  /** The one container a ContainerResource metric reads. */
  container?: string;
}

export interface AutoscalerRecord extends ObjectMeta {
  targetKind: string;
  targetName: string;
  /** spec.minReplicas (defaults to 1). */
  minReplicas: number;
  maxReplicas: number;
  metrics: AutoscalerMetric[];
}

type RawMetric = { type?: string; resource?: { name?: string }; containerResource?: { name?: string; container?: string } };

function projectMetric(m: RawMetric): AutoscalerMetric {
  const type = m.type ?? "?";
  if (type === "Resource") return { type, resource: m.resource?.name };
  if (type === "ContainerResource") return { type, resource: m.containerResource?.name, container: m.containerResource?.container };
  return { type };
}

export const autoscalersKind: CacheKind<AutoscalerRecord> = {
  resource: "horizontalpodautoscalers",
  listPath: "/apis/autoscaling/v2/horizontalpodautoscalers",
  project: (raw) => ({
    ...projectMeta(raw),
    targetKind: field<string>(raw, "spec", "scaleTargetRef", "kind") ?? "",
    targetName: field<string>(raw, "spec", "scaleTargetRef", "name") ?? "",
    minReplicas: field<number>(raw, "spec", "minReplicas") ?? 1,
    maxReplicas: field<number>(raw, "spec", "maxReplicas") ?? 0,
    metrics: (field<RawMetric[]>(raw, "spec", "metrics") ?? []).map(projectMetric),
  }),
};

/** Resources the HPA scales on for one container: pod-wide resource metrics and that container's. */
export function resourcesScaledOn(hpa: AutoscalerRecord, container: string): string[] {
  return hpa.metrics.flatMap((m) => (m.resource && (!m.container || m.container === container) ? [m.resource] : []));
}
