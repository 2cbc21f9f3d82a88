import type { CacheKind } from "../watch-cache/cache-kind";
import { projectSelector, type LabelSelector } from "./label-selector";
import { field, projectMeta } from "./object-meta";

// PodDisruptionBudgets (policy/v1), cluster-wide: which pods each protects and how many of them
// may be evicted at a time, for readiness' disruption-budget check.

export interface DisruptionBudgetRecord {
  namespace: string;
  name: string;
  resourceVersion: string;
  /** null selects no pods; {} selects every pod of the namespace (policy/v1). */
  selector: LabelSelector | null;
  minAvailable?: number | string;
  maxUnavailable?: number | string;
  disruptionsAllowed?: number;
  currentHealthy?: number;
  expectedPods?: number;
}

export const disruptionBudgetsKind: CacheKind<DisruptionBudgetRecord> = {
  resource: "poddisruptionbudgets",
  listPath: "/apis/policy/v1/poddisruptionbudgets",
  project: (raw) => {
    const { namespace, name, resourceVersion } = projectMeta(raw);
    return {
      namespace,
      name,
      resourceVersion,
      selector: projectSelector(field(raw, "spec", "selector")),
      minAvailable: field<number | string>(raw, "spec", "minAvailable"),
      maxUnavailable: field<number | string>(raw, "spec", "maxUnavailable"),
      disruptionsAllowed: field<number>(raw, "status", "disruptionsAllowed"),
      currentHealthy: field<number>(raw, "status", "currentHealthy"),
      expectedPods: field<number>(raw, "status", "expectedPods"),
    };
  },
};
