import { field } from "@/lib/kube/kinds/object-meta";
import type { CacheKind, RawObject } from "@/lib/kube/watch-cache/cache-kind";
import type { AutoscalerRecord, DisruptionBudgetRecord, LabelSelector, ReadinessContainer, ReadinessWorkload } from "./readiness-records";

// Projections of raw Kubernetes objects into readiness records, and the watch-cache kinds
// that keep them for one namespace (the production one). Pure: unit tests feed hand-built objects.

const meta = (raw: RawObject) => ({
  namespace: field<string>(raw, "metadata", "namespace") ?? "",
  name: field<string>(raw, "metadata", "name") ?? "",
  resourceVersion: field<string>(raw, "metadata", "resourceVersion") ?? "",
});

const strings = (raw: unknown): Record<string, string> =>
  raw && typeof raw === "object" ? Object.fromEntries(Object.entries(raw as Record<string, unknown>).map(([k, v]) => [k, String(v)])) : {};

function selectorOf(raw: unknown): LabelSelector | null {
  if (!raw || typeof raw !== "object") return null;
  return {
    matchLabels: strings(field(raw, "matchLabels")),
    matchExpressions: (field<LabelSelector["matchExpressions"]>(raw, "matchExpressions") ?? []).map((e) => ({ key: e.key, operator: e.operator, values: e.values ?? [] })),
  };
}

function containerOf(raw: unknown): ReadinessContainer {
  return {
    name: field<string>(raw, "name") ?? "",
    image: field<string>(raw, "image") ?? "",
    requests: strings(field(raw, "resources", "requests")),
    limits: strings(field(raw, "resources", "limits")),
    readinessProbe: Boolean(field(raw, "readinessProbe")),
    livenessProbe: Boolean(field(raw, "livenessProbe")),
    preStop: Boolean(field(raw, "lifecycle", "preStop")),
    ports: (field<unknown[]>(raw, "ports") ?? []).length,
  };
}

export function projectReadinessWorkload(kind: ReadinessWorkload["kind"], raw: RawObject): ReadinessWorkload {
  const pod = field<unknown>(raw, "spec", "template", "spec");
  const antiAffinity = field<Record<string, unknown>>(pod, "affinity", "podAntiAffinity");
  return {
    ...meta(raw),
    kind,
    labels: strings(field(raw, "metadata", "labels")),
    replicas: field<number>(raw, "spec", "replicas") ?? 1,
    selector: selectorOf(field(raw, "spec", "selector")),
    podLabels: strings(field(raw, "spec", "template", "metadata", "labels")),
    containers: (field<unknown[]>(pod, "containers") ?? []).map(containerOf),
    terminationGracePeriodSeconds: field<number>(pod, "terminationGracePeriodSeconds"),
    progressDeadlineSeconds: kind === "Deployment" ? field<number>(raw, "spec", "progressDeadlineSeconds") : undefined,
    podAntiAffinity: Boolean(antiAffinity && Object.values(antiAffinity).some((terms) => Array.isArray(terms) && terms.length > 0)),
    topologySpread: (field<Array<Record<string, unknown>>>(pod, "topologySpreadConstraints") ?? []).map((c) => ({
      topologyKey: String(c.topologyKey ?? ""),
      maxSkew: Number(c.maxSkew ?? 1),
      whenUnsatisfiable: String(c.whenUnsatisfiable ?? "DoNotSchedule"),
    })),
  };
}

export function projectDisruptionBudget(raw: RawObject): DisruptionBudgetRecord {
  return {
    ...meta(raw),
    selector: selectorOf(field(raw, "spec", "selector")),
    minAvailable: field<number | string>(raw, "spec", "minAvailable"),
    maxUnavailable: field<number | string>(raw, "spec", "maxUnavailable"),
    disruptionsAllowed: field<number>(raw, "status", "disruptionsAllowed"),
    currentHealthy: field<number>(raw, "status", "currentHealthy"),
    expectedPods: field<number>(raw, "status", "expectedPods"),
  };
}

export function projectAutoscaler(raw: RawObject): AutoscalerRecord {
  const metrics = field<Array<Record<string, unknown>>>(raw, "spec", "metrics") ?? [];
  return {
    ...meta(raw),
    targetKind: field<string>(raw, "spec", "scaleTargetRef", "kind") ?? "",
    targetName: field<string>(raw, "spec", "scaleTargetRef", "name") ?? "",
    minReplicas: field<number>(raw, "spec", "minReplicas") ?? 1,
    maxReplicas: field<number>(raw, "spec", "maxReplicas") ?? 0,
    metrics: metrics.map((m) => (m.type === "Resource" ? (field<string>(m, "resource", "name") ?? "resource") : String(m.type ?? "?"))),
  };
}

/** The watch-cache kinds for one namespace: a namespaced list+watch, not the whole cluster. */
export function readinessKinds(namespace: string) {
  const ns = encodeURIComponent(namespace);
  return {
    deployments: { resource: "deployments", listPath: `/apis/apps/v1/namespaces/${ns}/deployments`, project: (raw) => projectReadinessWorkload("Deployment", raw) } satisfies CacheKind<ReadinessWorkload>,
    statefulSets: { resource: "statefulsets", listPath: `/apis/apps/v1/namespaces/${ns}/statefulsets`, project: (raw) => projectReadinessWorkload("StatefulSet", raw) } satisfies CacheKind<ReadinessWorkload>,
    disruptionBudgets: { resource: "poddisruptionbudgets", listPath: `/apis/policy/v1/namespaces/${ns}/poddisruptionbudgets`, project: projectDisruptionBudget } satisfies CacheKind<DisruptionBudgetRecord>,
    autoscalers: { resource: "horizontalpodautoscalers", listPath: `/apis/autoscaling/v2/namespaces/${ns}/horizontalpodautoscalers`, project: projectAutoscaler } satisfies CacheKind<AutoscalerRecord>,
  };
}
