// A resource definition with the common defaults filled in.
import { dns1123Subdomain } from "../../core/validation";
import { schemaForKind } from "../../schema/kind-schemas";
import type { FieldGetter } from "../../selectors/field-selector";
import type { ResourceDef } from "../resource-def";
import { fromLabelSelector, formatSelector } from "../../selectors/label-selector";
import type { KObject, LabelSelector } from "../../types/meta";

type Required = Pick<ResourceDef, "group" | "version" | "resource" | "singular" | "kind" | "namespaced">;

export function define(def: Required & Partial<ResourceDef>): ResourceDef {
  return {
    subresources: [],
    generation: false,
    statusSubresource: false,
    validateName: dns1123Subdomain,
    schema: schemaForKind(def.kind),
    ...def,
  };
}

/** A selectable field read from a dotted path. */
export function field(path: string): FieldGetter {
  const parts = path.split(".");
  return (obj) => {
    let cur: unknown = obj;
    for (const part of parts) cur = cur && typeof cur === "object" ? (cur as Record<string, unknown>)[part] : undefined;
    return cur === undefined || cur === null ? undefined : String(cur);
  };
}

/** /scale for workloads with spec.replicas, status.replicas and spec.selector. */
export const replicasScale: NonNullable<ResourceDef["scale"]> = {
  read(obj: KObject) {
    const spec = (obj.spec ?? {}) as { replicas?: number; selector?: LabelSelector };
    const status = (obj.status ?? {}) as { replicas?: number };
    return { specReplicas: spec.replicas ?? 0, statusReplicas: status.replicas ?? 0, selector: formatSelector(fromLabelSelector(spec.selector)) };
  },
  write(obj: KObject, replicas: number) {
    (obj.spec as { replicas?: number }).replicas = replicas;
  },
};
