// ObjectMeta validation: name rules per kind, label and annotation syntax.
import { labelValue, qualifiedName } from "../../core/validation";
import type { KObject } from "../../types/meta";
import { fieldInvalid, fieldRequired, type FieldError } from "../field-errors";

export function validateLabels(labels: Record<string, string> | undefined, path: string): FieldError[] {
  const errs: FieldError[] = [];
  for (const [key, value] of Object.entries(labels ?? {})) {
    for (const msg of qualifiedName(key)) errs.push(fieldInvalid(path, key, msg));
    if (typeof value !== "string") errs.push(fieldInvalid(`${path}[${key}]`, value, "must be a string"));
    else for (const msg of labelValue(value)) errs.push(fieldInvalid(`${path}[${key}]`, value, msg));
  }
  return errs;
}

export function validateObjectMeta(obj: KObject, validateName: (name: string) => string[]): FieldError[] {
  const errs: FieldError[] = [];
  const meta = obj.metadata;
  if (!meta.name) errs.push(fieldRequired("metadata.name", "name or generateName is required"));
  else for (const msg of validateName(meta.name)) errs.push(fieldInvalid("metadata.name", meta.name, msg));
  errs.push(...validateLabels(meta.labels, "metadata.labels"));
  let size = 0;
  for (const [key, value] of Object.entries(meta.annotations ?? {})) {
    for (const msg of qualifiedName(key.toLowerCase())) errs.push(fieldInvalid("metadata.annotations", key, msg));
    size += key.length + String(value).length;
  }
  if (size > 256 * 1024) errs.push({ type: "FieldValueTooLong", field: "metadata.annotations", detail: "may not be more than 262144 bytes" });
  return errs;
}
