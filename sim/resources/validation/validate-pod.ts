// Pod spec validation (a subset of pkg/apis/core/validation with the same messages) and the
// rule that a running pod's spec is immutable except for images and a few fields.
import { deepEqual } from "../../core/json";
import { isQuantity, parseQuantity, formatCpu } from "../../core/quantity";
import { dns1123Label } from "../../core/validation";
import type { Container, PodSpec } from "../../types/core";
import { fieldDuplicate, fieldForbidden, fieldInvalid, fieldNotSupported, fieldRequired, type FieldError } from "../field-errors";

function validateContainer(c: Container, path: string, errs: FieldError[]): void {
  if (!c.name) errs.push(fieldRequired(`${path}.name`));
  else for (const msg of dns1123Label(c.name)) errs.push(fieldInvalid(`${path}.name`, c.name, msg));
  if (!c.image) errs.push(fieldRequired(`${path}.image`));
  (c.ports ?? []).forEach((port, i) => {
    if (!Number.isInteger(port.containerPort) || port.containerPort < 1 || port.containerPort > 65535) {
      errs.push(fieldInvalid(`${path}.ports[${i}].containerPort`, port.containerPort, "must be between 1 and 65535, inclusive"));
    }
    if (port.protocol && !["TCP", "UDP", "SCTP"].includes(port.protocol)) {
      errs.push(fieldNotSupported(`${path}.ports[${i}].protocol`, port.protocol, ["SCTP", "TCP", "UDP"]));
    }
  });
  for (const kind of ["requests", "limits"] as const) {
    for (const [name, value] of Object.entries(c.resources?.[kind] ?? {})) {
      if (!isQuantity(value)) {
        errs.push(fieldInvalid(`${path}.resources.${kind}[${name}]`, value, "must match the regex ^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$"));
      }
    }
  }
  for (const [name, request] of Object.entries(c.resources?.requests ?? {})) {
    const limit = c.resources?.limits?.[name];
    if (limit !== undefined && isQuantity(limit) && isQuantity(request) && parseQuantity(request) > parseQuantity(limit)) {
      const shown = name === "cpu" ? formatCpu(parseQuantity(limit)) : limit;
      errs.push(fieldInvalid(`${path}.resources.requests`, request, `must be less than or equal to ${name} limit of ${shown}`));
    }
  }
}

export function validatePodSpec(spec: PodSpec | undefined, path: string, restartPolicies = ["Always", "OnFailure", "Never"]): FieldError[] {
  const errs: FieldError[] = [];
  if (!spec) return [fieldRequired(path)];
  if (!Array.isArray(spec.containers) || spec.containers.length === 0) errs.push(fieldRequired(`${path}.containers`));
  const names = new Set<string>();
  const all = [...(spec.initContainers ?? []).map((c, i) => [c, `${path}.initContainers[${i}]`] as const), ...(spec.containers ?? []).map((c, i) => [c, `${path}.containers[${i}]`] as const)];
  for (const [c, cpath] of all) {
    validateContainer(c, cpath, errs);
    if (c.name && names.has(c.name)) errs.push(fieldDuplicate(`${cpath}.name`, c.name));
    names.add(c.name);
  }
  if (spec.restartPolicy && !restartPolicies.includes(spec.restartPolicy)) {
    errs.push(fieldNotSupported(`${path}.restartPolicy`, spec.restartPolicy, restartPolicies));
  }
  return errs;
}

/** Pod updates may change only images and a few scheduling fields (ValidatePodUpdate). */
export function validatePodSpecUpdate(spec: PodSpec, old: PodSpec): FieldError[] {
  const strip = (s: PodSpec) => ({
    ...s,
    containers: s.containers?.map((c) => ({ ...c, image: undefined })),
    initContainers: s.initContainers?.map((c) => ({ ...c, image: undefined })),
    activeDeadlineSeconds: undefined,
    tolerations: undefined,
    terminationGracePeriodSeconds: undefined,
    nodeName: old.nodeName ? s.nodeName : undefined,
  });
  if (deepEqual(JSON.parse(JSON.stringify(strip(spec))), JSON.parse(JSON.stringify(strip(old))))) return [];
  return [fieldForbidden("spec", "pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)")];
}
