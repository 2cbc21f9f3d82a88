// Status errors with the reasons, codes and message formats of k8s.io/apimachinery/pkg/api/errors.
import type { FieldError } from "../resources/field-errors";
import { formatFieldError } from "../resources/field-errors";

export interface StatusCause {
  reason?: string;
  message?: string;
  field?: string;
}

export interface StatusDetails {
  name?: string;
  group?: string;
  kind?: string;
  uid?: string;
  causes?: StatusCause[];
  retryAfterSeconds?: number;
}

export class ApiError extends Error {
  constructor(
    readonly code: number,
    readonly reason: string,
    message: string,
    readonly details?: StatusDetails,
  ) {
    super(message);
  }

  toStatus(): Record<string, unknown> {
    return {
      kind: "Status",
      apiVersion: "v1",
      metadata: {},
      status: "Failure",
      message: this.message,
      reason: this.reason,
      ...(this.details ? { details: this.details } : {}),
      code: this.code,
    };
  }
}

/** A group-qualified resource as errors print it: "deployments.apps", "pods". */
export interface GroupResource {
  group: string;
  resource: string;
}
const qualified = (gr: GroupResource) => (gr.group ? `${gr.resource}.${gr.group}` : gr.resource);

export const notFound = (gr: GroupResource, name: string) =>
  new ApiError(404, "NotFound", `${qualified(gr)} "${name}" not found`, { name, group: gr.group, kind: gr.resource });

export const alreadyExists = (gr: GroupResource, name: string) =>
  new ApiError(409, "AlreadyExists", `${qualified(gr)} "${name}" already exists`, { name, group: gr.group, kind: gr.resource });

export const conflict = (gr: GroupResource, name: string, why: string) =>
  new ApiError(409, "Conflict", `Operation cannot be fulfilled on ${qualified(gr)} "${name}": ${why}`, { name, group: gr.group, kind: gr.resource });

export const STALE_OBJECT = "the object has been modified; please apply your changes to the latest version and try again";

export const badRequest = (message: string) => new ApiError(400, "BadRequest", message);

export const forbidden = (gr: GroupResource, name: string, why: string, causes?: StatusCause[]) =>
  new ApiError(403, "Forbidden", `${qualified(gr)} "${name}" is forbidden: ${why}`, { name, group: gr.group, kind: gr.resource, ...(causes ? { causes } : {}) });

export const methodNotAllowed = () =>
  new ApiError(405, "MethodNotAllowed", "the server does not allow this method on the requested resource");

export const notAcceptable = (accepted: string) =>
  new ApiError(406, "NotAcceptable", `only the following media types are accepted: ${accepted}`);

export const unsupportedMediaType = (contentType: string, accepted: string[]) =>
  new ApiError(415, "UnsupportedMediaType", `the body of the request was in an unknown format - accepted media types include: ${accepted.join(", ")}`, {
    causes: [{ reason: "UnsupportedMediaType", message: `unsupported media type: ${contentType || "(none)"}` }],
  });

export const unauthorized = () => new ApiError(401, "Unauthorized", "Unauthorized");

export const resourceNotFound = () => new ApiError(404, "NotFound", "the server could not find the requested resource", {});

export const expired = (message: string) => new ApiError(410, "Expired", message);

export const internalError = (err: unknown) =>
  new ApiError(500, "InternalError", `Internal error occurred: ${err instanceof Error ? err.message : String(err)}`, {
    causes: [{ message: err instanceof Error ? err.message : String(err) }],
  });

/** 422 Invalid: `Deployment.apps "web" is invalid: [a: ..., b: ...]`. */
export function invalid(kind: string, group: string, name: string, errors: FieldError[]): ApiError {
  const qualifiedKind = group ? `${kind}.${group}` : kind;
  const texts = errors.map((e) => formatFieldError(e));
  const joined = texts.length === 1 ? texts[0] : `[${texts.join(", ")}]`;
  return new ApiError(422, "Invalid", `${qualifiedKind} "${name}" is invalid: ${joined}`, {
    name,
    group,
    kind,
    causes: errors.map((e) => ({ reason: e.type, message: formatFieldError(e, false), field: e.field })),
  });
}
