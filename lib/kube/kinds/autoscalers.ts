import type { CacheKind } from "../watch-cache/cache-kind";
import { field, projectMeta, type ObjectMeta } from "./object-meta";

// HorizontalPodAutoscalers (autoscaling/v2), cluster-wide: which workload each scales and on
// which resources, so advice can step aside where changing a request changes the scaling.

export interface AutoscalerRecord extends ObjectMeta {
  targetKind: string;
  targetName: string;
  minReplicas: number;
  maxReplicas: number;
  /** Resources it scales on, pod-wide ("cpu") or for one container ("cpu" of "web"). */
  resources: Array<{ name: string; container?: string }>;
}

type RawMetric = { type?: string; resource?: { name?: string }; containerResource?: { name?: string; container?: string } };

export const autoscalersKind: CacheKind<AutoscalerRecord> = {
  resource: "horizontalpodautoscalers",
  listPath: "/apis/autoscaling/v2/horizontalpodautoscalers",
  project: (raw) => ({
    ...projectMeta(raw),
    targetKind: field<string>(raw, "spec", "scaleTargetRef", "kind") ?? "",
    targetName: field<string>(raw, "spec", "scaleTargetRef", "name") ?? "",
    minReplicas: field<number>(raw, "spec", "minReplicas") ?? 1,
    maxReplicas: field<number>(raw, "spec", "maxReplicas") ?? 0,
    resources: (field<RawMetric[]>(raw, "spec", "metrics") ?? []).flatMap((m) => {
      if (m.type === "Resource" && m.resource?.name) return [{ name: m.resource.name }];
      if (m.type === "ContainerResource" && m.containerResource?.name) return [{ name: m.containerResource.name, container: m.containerResource.container }];
      return [];
    }),
  }),
};
