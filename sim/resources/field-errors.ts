// field.Error of k8s.io/apimachinery/pkg/util/validation/field: the pieces of a 422 Invalid.

export type FieldErrorType =
  | "FieldValueInvalid"
  | "FieldValueRequired"
  | "FieldValueNotSupported"
  | "FieldValueForbidden"
  | "FieldValueDuplicate"
  | "FieldValueTooLong";

export interface FieldError {
  type: FieldErrorType;
  field: string;
  value?: unknown;
  detail?: string;
  /** NotSupported: the values that are. */
  supported?: string[];
  /** The value as Go prints it, when JSON would differ (maps print as map[string]string{...}). */
  shown?: string;
}

/** Go's %#v-ish rendering of the offending value, as in the real messages. */
function showValue(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value === null || value === undefined) return "null";
  return JSON.stringify(value);
}

/** The body ("Invalid value: ...") and, with `withField`, the "field: " prefix. */
export function formatFieldError(e: FieldError, withField = true): string {
  let body: string;
  switch (e.type) {
    case "FieldValueRequired":
      body = "Required value";
      break;
    case "FieldValueForbidden":
      body = "Forbidden";
      break;
    case "FieldValueDuplicate":
      body = `Duplicate value: ${showValue(e.value)}`;
      break;
    case "FieldValueNotSupported":
      body = `Unsupported value: ${showValue(e.value)}`;
      if (e.supported) body += `: supported values: ${e.supported.map((s) => JSON.stringify(s)).join(", ")}`;
      break;
    case "FieldValueTooLong":
      body = "Too long";
      break;
    default:
      body = `Invalid value: ${e.shown ?? showValue(e.value)}`;
  }
  if (e.detail && e.type !== "FieldValueNotSupported") body += `: ${e.detail}`;
  return withField ? `${e.field}: ${body}` : body;
}

export const fieldInvalid = (field: string, value: unknown, detail: string): FieldError => ({ type: "FieldValueInvalid", field, value, detail });
export const fieldRequired = (field: string, detail?: string): FieldError => ({ type: "FieldValueRequired", field, detail });
export const fieldForbidden = (field: string, detail: string): FieldError => ({ type: "FieldValueForbidden", field, detail });
export const fieldNotSupported = (field: string, value: unknown, supported: string[]): FieldError => ({ type: "FieldValueNotSupported", field, value, supported });
export const fieldDuplicate = (field: string, value: unknown): FieldError => ({ type: "FieldValueDuplicate", field, value });
