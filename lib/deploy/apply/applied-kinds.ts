// The kinds services' manifests hold, in apply order (lower first: what workloads mount or read
// exists before they start), each with the group version a deploy lists it in when pruning.

export interface ObjectType {
  apiVersion: string;
  kind: string;
}

export const APPLIED_KINDS: readonly ObjectType[] = [
  { apiVersion: "v1", kind: "ServiceAccount" },
  { apiVersion: "v1", kind: "Secret" },
  { apiVersion: "v1", kind: "ConfigMap" },
  { apiVersion: "v1", kind: "PersistentVolumeClaim" },
  { apiVersion: "v1", kind: "Service" },
  { apiVersion: "apps/v1", kind: "Deployment" },
  { apiVersion: "apps/v1", kind: "StatefulSet" },
  { apiVersion: "apps/v1", kind: "DaemonSet" },
  { apiVersion: "autoscaling/v2", kind: "HorizontalPodAutoscaler" },
  { apiVersion: "policy/v1", kind: "PodDisruptionBudget" },
  { apiVersion: "networking.k8s.io/v1", kind: "Ingress" },
  { apiVersion: "batch/v1", kind: "Job" },
  { apiVersion: "batch/v1", kind: "CronJob" },
];

/** "apps" for "apps/v1", "" for "v1": the part of a type that names it across versions. */
export const groupOf = (apiVersion: string) => (apiVersion.includes("/") ? apiVersion.split("/")[0]! : "");
