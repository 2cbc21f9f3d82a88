// Validation of services, config maps, secrets, ingresses, HPAs and PDBs (the common mistakes,
// with the apiserver's messages).
import { dns1035Label } from "../../core/validation";
import type { KObject } from "../../types/meta";
import type { Service } from "../../types/core";
import { fieldInvalid, fieldNotSupported, fieldRequired, type FieldError } from "../field-errors";

const SERVICE_TYPES = ["ClusterIP", "ExternalName", "LoadBalancer", "NodePort"];

export function validateService(obj: KObject, old: KObject | undefined): FieldError[] {
  const svc = obj as Service;
  const spec = svc.spec ?? {};
  const errs: FieldError[] = [];
  if (spec.type && !SERVICE_TYPES.includes(spec.type)) errs.push(fieldNotSupported("spec.type", spec.type, SERVICE_TYPES));
  const headless = spec.clusterIP === "None";
  if (spec.type !== "ExternalName" && !headless && !(spec.ports ?? []).length) errs.push(fieldRequired("spec.ports"));
  (spec.ports ?? []).forEach((port, i) => {
    if (!Number.isInteger(port.port) || port.port < 1 || port.port > 65535) {
      errs.push(fieldInvalid(`spec.ports[${i}].port`, port.port, "must be between 1 and 65535, inclusive"));
    }
    if ((spec.ports ?? []).length > 1 && !port.name) errs.push(fieldRequired(`spec.ports[${i}].name`));
    if (port.name) for (const msg of dns1035Label(port.name)) errs.push(fieldInvalid(`spec.ports[${i}].name`, port.name, msg));
  });
  const oldIP = (old as Service | undefined)?.spec?.clusterIP;
  if (oldIP && spec.clusterIP && spec.clusterIP !== oldIP) errs.push(fieldInvalid("spec.clusterIPs[0]", spec.clusterIP, "may not change once set"));
  return errs;
}

const KEY_RE = /^[-._a-zA-Z0-9]+$/;

export function validateDataKeys(obj: KObject): FieldError[] {
  const errs: FieldError[] = [];
  for (const field of ["data", "binaryData", "stringData"]) {
    for (const key of Object.keys((obj[field] as Record<string, unknown> | undefined) ?? {})) {
      if (!KEY_RE.test(key) || key.length > 253) {
        errs.push(fieldInvalid(`${field}[${key}]`, key, "a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')"));
      }
    }
  }
  return errs;
}

const PATH_TYPES = ["Exact", "ImplementationSpecific", "Prefix"];

export function validateIngress(obj: KObject): FieldError[] {
  const errs: FieldError[] = [];
  const rules = ((obj.spec as { rules?: Array<{ http?: { paths?: Array<{ pathType?: string; backend?: unknown }> } }> } | undefined)?.rules ?? []);
  rules.forEach((rule, i) => {
    (rule.http?.paths ?? []).forEach((path, j) => {
      const field = `spec.rules[${i}].http.paths[${j}]`;
      if (!path.pathType) errs.push(fieldRequired(`${field}.pathType`, "pathType must be specified"));
      else if (!PATH_TYPES.includes(path.pathType)) errs.push(fieldNotSupported(`${field}.pathType`, path.pathType, PATH_TYPES));
      if (!path.backend) errs.push(fieldRequired(`${field}.backend`));
    });
  });
  return errs;
}

export function validateHpa(obj: KObject): FieldError[] {
  const spec = (obj.spec ?? {}) as { minReplicas?: number; maxReplicas?: number; scaleTargetRef?: { kind?: string; name?: string } };
  const errs: FieldError[] = [];
  if (!spec.scaleTargetRef?.kind) errs.push(fieldRequired("spec.scaleTargetRef.kind"));
  if (!spec.scaleTargetRef?.name) errs.push(fieldRequired("spec.scaleTargetRef.name"));
  if (spec.minReplicas !== undefined && spec.minReplicas < 1) errs.push(fieldInvalid("spec.minReplicas", spec.minReplicas, "must be greater than or equal to 1"));
  if (!spec.maxReplicas) errs.push(fieldInvalid("spec.maxReplicas", spec.maxReplicas ?? 0, "must be greater than or equal to 1"));
  else if (spec.maxReplicas < (spec.minReplicas ?? 1)) errs.push(fieldInvalid("spec.maxReplicas", spec.maxReplicas, "must be greater than or equal to `minReplicas`"));
  return errs;
}

export function validatePdb(obj: KObject): FieldError[] {
  const spec = (obj.spec ?? {}) as { minAvailable?: unknown; maxUnavailable?: unknown };
  if (spec.minAvailable !== undefined && spec.maxUnavailable !== undefined) {
    return [fieldInvalid("spec", obj.spec, "minAvailable and maxUnavailable cannot be both set")];
  }
  return [];
}
