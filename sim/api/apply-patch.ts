// Applying a PATCH body of any of the four types to a JSON document.
import { isObject, type JsonObject } from "../core/json";
import { applyJsonPatch } from "../patch/json-patch";
import { applyMergePatch } from "../patch/merge-patch";
import { PatchError } from "../patch/patch-error";
import { applyStrategicMergePatch } from "../patch/strategic-merge";
import type { TypeSchema } from "../schema/type-schema";
import { ApiError, badRequest, unsupportedMediaType } from "../server/api-error";
import { parseJson, parseYamlOrJson } from "../server/read-body";

export type PatchType = "json" | "merge" | "strategic" | "apply";

const TYPES: Record<string, PatchType> = {
  "application/json-patch+json": "json",
  "application/merge-patch+json": "merge",
  "application/strategic-merge-patch+json": "strategic",
  "application/apply-patch+yaml": "apply",
  "application/apply-patch+cbor": "apply",
};

export function patchTypeOf(contentType: string): PatchType {
  const type = TYPES[contentType];
  if (!type || contentType === "application/apply-patch+cbor") throw unsupportedMediaType(contentType, Object.keys(TYPES).filter((t) => !t.endsWith("cbor")));
  return type;
}

export function parsePatchBody(type: PatchType, text: string): unknown {
  if (type === "apply") {
    const body = parseYamlOrJson(text, "error decoding YAML: ");
    if (!isObject(body)) throw badRequest("error decoding YAML: the apply configuration must be an object");
    return body;
  }
  return parseJson(text, type === "json" ? "" : "error decoding patch: ");
}

/** Applies a non-apply patch; PatchError becomes the apiserver's 400/422 Status. */
export function applyPatch(type: Exclude<PatchType, "apply">, doc: unknown, patch: unknown, schema: TypeSchema | undefined): JsonObject {
  try {
    let result: unknown;
    if (type === "json") result = applyJsonPatch(doc, patch);
    else if (type === "merge") {
      if (!isObject(patch)) throw new PatchError(400, "Invalid JSON Patch");
      result = applyMergePatch(doc, patch);
    } else result = applyStrategicMergePatch(doc, patch, schema);
    if (!isObject(result)) throw new PatchError(422, "the patched object is not a JSON object");
    return result;
  } catch (err) {
    if (!(err instanceof PatchError)) throw err;
    if (err.code === 400) throw badRequest(err.message);
    throw new ApiError(422, "Invalid", "the server rejected our request due to an error in our request", {
      causes: [{ reason: "UnexpectedServerResponse", message: err.message }],
    });
  }
}
