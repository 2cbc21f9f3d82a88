import type { CacheKind } from "../watch-cache/cache-kind";
import { field, projectMeta, type ObjectMeta } from "./object-meta";

// ReplicaSets: a Deployment's revisions (deployment.kubernetes.io/revision) and the owner link
// from pods to their Deployment.

export interface ReplicaSetRecord extends ObjectMeta {
  revision: number;
  changeCause?: string;
  images: string[];
  replicas: number;
  /** status.replicas: pods it has now (an old ReplicaSet draining still has some after spec.replicas went to 0). */
  currentReplicas: number;
  readyReplicas: number;
  availableReplicas: number;
}

export const replicaSetsKind: CacheKind<ReplicaSetRecord> = {
  resource: "replicasets",
  listPath: "/apis/apps/v1/replicasets",
  project: (raw) => {
    const meta = projectMeta(raw);
    return {
      ...meta,
      revision: Number(meta.annotations["deployment.kubernetes.io/revision"] ?? 0),
      changeCause: meta.annotations["kubernetes.io/change-cause"],
      images: (field<Array<{ image?: string }>>(raw, "spec", "template", "spec", "containers") ?? []).map((c) => c.image ?? ""),
      replicas: field<number>(raw, "spec", "replicas") ?? 1,
      currentReplicas: field<number>(raw, "status", "replicas") ?? 0,
      readyReplicas: field<number>(raw, "status", "readyReplicas") ?? 0,
      availableReplicas: field<number>(raw, "status", "availableReplicas") ?? 0,
    };
  },
};
