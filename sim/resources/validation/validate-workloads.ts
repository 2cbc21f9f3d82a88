// apps/v1 and batch/v1 validation: selectors that match their template, replica counts,
// immutable selectors, job restart policies.
import { deepEqual } from "../../core/json";
import { fromLabelSelector, matchesSelector } from "../../selectors/label-selector";
import type { KObject, LabelSelector } from "../../types/meta";
import type { PodTemplate } from "../../types/core";
import { fieldInvalid, fieldRequired, type FieldError } from "../field-errors";
import { validateLabels } from "./validate-meta";
import { validatePodSpec } from "./validate-pod";

/** Go prints maps as map[string]string{"k":"v"} in these messages. */
const goMap = (m: Record<string, string> | undefined) =>
  `map[string]string{${Object.entries(m ?? {}).sort().map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(", ")}}`;

interface WorkloadSpec {
  replicas?: number;
  selector?: LabelSelector;
  template?: PodTemplate;
  [key: string]: unknown;
}

function validateSelectorAndTemplate(spec: WorkloadSpec, errs: FieldError[], selectorRequired = true): void {
  const selector = spec.selector;
  const empty = !selector || (!Object.keys(selector.matchLabels ?? {}).length && !(selector.matchExpressions ?? []).length);
  if (empty && selectorRequired) errs.push(fieldRequired("spec.selector"));
  if (empty && selector && selectorRequired) errs.push(fieldInvalid("spec.selector", selector, "empty selector is invalid for deployment"));
  errs.push(...validateLabels(selector?.matchLabels, "spec.selector.matchLabels"));
  const labels = spec.template?.metadata?.labels;
  errs.push(...validateLabels(labels, "spec.template.metadata.labels"));
  if (!empty && !matchesSelector(fromLabelSelector(selector), labels)) {
    errs.push({ ...fieldInvalid("spec.template.metadata.labels", labels, "`selector` does not match template `labels`"), shown: goMap(labels) });
  }
}

function validateReplicas(value: unknown, field: string, errs: FieldError[]): void {
  if (value !== undefined && (!Number.isInteger(value) || (value as number) < 0)) {
    errs.push(fieldInvalid(field, value, "must be greater than or equal to 0"));
  }
}

function validateSelectorImmutable(obj: WorkloadSpec, old: WorkloadSpec | undefined, errs: FieldError[]): void {
  if (old && !deepEqual(obj.selector, old.selector)) {
    errs.push(fieldInvalid("spec.selector", obj.selector, "field is immutable"));
  }
}

export function validateReplicatedWorkload(obj: KObject, old: KObject | undefined): FieldError[] {
  const spec = (obj.spec ?? {}) as WorkloadSpec;
  const errs: FieldError[] = [];
  validateReplicas(spec.replicas, "spec.replicas", errs);
  validateSelectorAndTemplate(spec, errs);
  if (!spec.template) errs.push(fieldRequired("spec.template"));
  else errs.push(...validatePodSpec(spec.template.spec, "spec.template.spec", ["Always"]));
  validateSelectorImmutable(spec, old?.spec as WorkloadSpec | undefined, errs);
  return errs;
}

export function validateJob(obj: KObject, old: KObject | undefined): FieldError[] {
  const spec = (obj.spec ?? {}) as WorkloadSpec;
  const errs: FieldError[] = [];
  for (const field of ["parallelism", "completions", "backoffLimit"]) validateReplicas(spec[field], `spec.${field}`, errs);
  if (!spec.template) errs.push(fieldRequired("spec.template"));
  else {
    errs.push(...validatePodSpec(spec.template.spec, "spec.template.spec", ["OnFailure", "Never"]));
    if (!spec.template.spec?.restartPolicy || spec.template.spec.restartPolicy === "Always") {
      errs.push({ type: "FieldValueNotSupported", field: "spec.template.spec.restartPolicy", value: spec.template.spec?.restartPolicy ?? "Always", supported: ["OnFailure", "Never"] });
    }
  }
  const oldSpec = old?.spec as WorkloadSpec | undefined;
  if (oldSpec && !deepEqual(spec.template, oldSpec.template)) errs.push(fieldInvalid("spec.template", spec.template, "field is immutable"));
  return errs;
}

export function validateCronJob(obj: KObject): FieldError[] {
  const spec = (obj.spec ?? {}) as { schedule?: string; jobTemplate?: { spec?: WorkloadSpec } };
  const errs: FieldError[] = [];
  if (!spec.schedule) errs.push(fieldRequired("spec.schedule"));
  else if (spec.schedule.trim().split(/\s+/).length !== 5 && !spec.schedule.startsWith("@")) {
    errs.push(fieldInvalid("spec.schedule", spec.schedule, `unparseable schedule: expected exactly 5 fields, found ${spec.schedule.trim().split(/\s+/).length}: ${spec.schedule}`));
  }
  const template = spec.jobTemplate?.spec?.template;
  if (!template) errs.push(fieldRequired("spec.jobTemplate.spec.template"));
  else errs.push(...validatePodSpec(template.spec, "spec.jobTemplate.spec.template.spec", ["OnFailure", "Never"]));
  return errs;
}
