import { field, keptOnce, stringMap } from "./object-meta";

// Label selectors (metav1.LabelSelector) as Deployments, StatefulSets and PodDisruptionBudgets
// hold them.

export interface LabelSelector {
  matchLabels?: Record<string, string>;
  matchExpressions?: Array<{ key: string; operator: "In" | "NotIn" | "Exists" | "DoesNotExist"; values?: string[] }>;
}

/**
 * null when there is no selector (a PDB without one selects no pods; {} selects all of them).
 * Empty parts are left out; matchLabels equal to a label map in `kept` share it.
 */
export function projectSelector(raw: unknown, ...kept: Array<Record<string, string> | undefined>): LabelSelector | null {
  if (!raw || typeof raw !== "object") return null;
  const selector: LabelSelector = {};
  const matchLabels = stringMap(field(raw, "matchLabels"));
  if (Object.keys(matchLabels).length) selector.matchLabels = keptOnce(matchLabels, ...kept);
  const expressions = field<LabelSelector["matchExpressions"]>(raw, "matchExpressions") ?? [];
  if (expressions.length) selector.matchExpressions = expressions.map((e) => ({ key: e.key, operator: e.operator, values: e.values ?? [] }));
  return selector;
}
