// PodLogOptions from the query string, validated like ValidatePodLogOptions (422 Invalid with
// PodLogOptions as the kind). Booleans follow Go's ParseBool (python sends True/False).
import { fieldForbidden, fieldInvalid, type FieldError } from "../resources/field-errors";
import { badRequest, invalid } from "../server/api-error";
import { queryBool, queryInt } from "../server/query";

export interface LogOptions {
  container: string | null;
  follow: boolean;
  previous: boolean;
  timestamps: boolean;
  tailLines?: number;
  limitBytes?: number;
  /** Wall-clock ms: lines before it are left out (sinceSeconds or sinceTime). */
  sinceMs?: number;
}

export function parseLogOptions(query: URLSearchParams, podName: string, nowMs: number): LogOptions {
  const tailLines = queryInt(query, "tailLines");
  const limitBytes = queryInt(query, "limitBytes");
  const sinceSeconds = queryInt(query, "sinceSeconds");
  const sinceTime = query.get("sinceTime");
  const errors: FieldError[] = [];
  if (tailLines !== undefined && tailLines < 0) errors.push(fieldInvalid("tailLines", tailLines, "must be greater than or equal to 0"));
  if (limitBytes !== undefined && limitBytes < 1) errors.push(fieldInvalid("limitBytes", limitBytes, "must be greater than 0"));
  if (sinceSeconds !== undefined && sinceSeconds < 1) errors.push(fieldInvalid("sinceSeconds", sinceSeconds, "must be greater than 0"));
  if (sinceSeconds !== undefined && sinceTime) errors.push(fieldForbidden("", "at most one of `sinceTime` or `sinceSeconds` may be specified"));
  if (errors.length) throw invalid("PodLogOptions", "", podName, errors);
  let sinceMs = sinceSeconds !== undefined ? nowMs - sinceSeconds * 1000 : undefined;
  if (sinceTime) {
    sinceMs = Date.parse(sinceTime);
    if (!Number.isFinite(sinceMs)) throw badRequest(`parsing time "${sinceTime}" as "2006-01-02T15:04:05Z07:00": cannot parse "${sinceTime}" as "2006"`);
  }
  return {
    container: query.get("container"),
    follow: queryBool(query, "follow") ?? false,
    previous: queryBool(query, "previous") ?? false,
    timestamps: queryBool(query, "timestamps") ?? false,
    tailLines, limitBytes, sinceMs,
  };
}
