import type { CachedObject } from "@/lib/kube/watch-cache/cache-kind";

// What the readiness checks read of a service's production objects: the few spec fields the
// Polaris-style checks need, cut from Deployments/StatefulSets, PodDisruptionBudgets and
// HorizontalPodAutoscalers. Plain data (no env values, no secrets).

export interface LabelSelector {
  matchLabels?: Record<string, string>;
  matchExpressions?: Array<{ key: string; operator: "In" | "NotIn" | "Exists" | "DoesNotExist"; values?: string[] }>;
}

export interface ReadinessContainer {
  name: string;
  image: string;
  requests: Record<string, string>;
  limits: Record<string, string>;
  readinessProbe: boolean;
  livenessProbe: boolean;
  preStop: boolean;
  ports: number;
}

export interface ReadinessWorkload extends CachedObject {
  kind: "Deployment" | "StatefulSet";
  labels: Record<string, string>;
  /** spec.replicas (Kubernetes defaults it to 1). */
  replicas: number;
  selector: LabelSelector | null;
  /** Labels of the pods it makes (spec.template.metadata.labels). */
  podLabels: Record<string, string>;
  containers: ReadinessContainer[];
  terminationGracePeriodSeconds?: number;
  /** Deployments only. */
  progressDeadlineSeconds?: number;
  podAntiAffinity: boolean;
  topologySpread: Array<{ topologyKey: string; maxSkew: number; whenUnsatisfiable: string }>;
}

export interface DisruptionBudgetRecord extends CachedObject {
  /** null selects no pods; {} selects every pod of the namespace (policy/v1). */
  selector: LabelSelector | null;
  minAvailable?: number | string;
  maxUnavailable?: number | string;
  disruptionsAllowed?: number;
  currentHealthy?: number;
  expectedPods?: number;
}

export interface AutoscalerRecord extends CachedObject {
  targetKind: string;
  targetName: string;
  /** spec.minReplicas (defaults to 1). */
  minReplicas: number;
  maxReplicas: number;
  /** Resource metrics it scales on ("cpu", "memory"); other metric types by their type. */
  metrics: string[];
}
