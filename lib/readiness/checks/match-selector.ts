import type { LabelSelector } from "@/lib/kube/kinds/label-selector";

/** Kubernetes label-selector semantics: every matchLabels pair and every expression must hold. */
export function matchesSelector(selector: LabelSelector, labels: Record<string, string>): boolean {
  for (const [key, value] of Object.entries(selector.matchLabels ?? {})) if (labels[key] !== value) return false;
  for (const { key, operator, values = [] } of selector.matchExpressions ?? []) {
    const has = Object.hasOwn(labels, key);
    if (operator === "In" && !(has && values.includes(labels[key]!))) return false;
    if (operator === "NotIn" && has && values.includes(labels[key]!)) return false;
    if (operator === "Exists" && !has) return false;
    if (operator === "DoesNotExist" && has) return false;
  }
  return true;
}

/** "app.kubernetes.io/name=learn" for messages. */
export function describeLabels(labels: Record<string, string>): string {
  return Object.entries(labels).map(([k, v]) => `${k}=${v}`).join(", ") || "no labels";
}
