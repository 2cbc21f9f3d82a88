// Request bodies of create and update: JSON or YAML (protobuf is refused with 415), and the
// apiVersion/kind the URL expects.
import { dropNulls, isObject } from "../core/json";
import { groupVersion, type ResourceDef } from "../resources/resource-def";
import { badRequest, unsupportedMediaType } from "../server/api-error";
import { mediaType } from "../server/negotiate";
import { parseJson, parseYamlOrJson, readBody } from "../server/read-body";
import type { KObject } from "../types/meta";
import type { ApiRequest } from "./api-request";

const ACCEPTED = ["application/json", "application/yaml"];

export async function readObjectBody(rq: ApiRequest): Promise<unknown> {
  const type = mediaType(rq.req.headers["content-type"]);
  if (type.includes("protobuf") || type === "application/cbor" || (type && !ACCEPTED.includes(type) && type !== "*/*")) {
    const err = unsupportedMediaType(type, ACCEPTED);
    err.details!.causes![0]!.message += " (the embedded cluster speaks JSON and YAML only, not protobuf or CBOR)";
    throw err;
  }
  const text = (await readBody(rq.req)).toString("utf8");
  const prefix = "couldn't get version/kind; json parse error: ";
  return type === "application/yaml" ? parseYamlOrJson(text, prefix) : parseJson(text, prefix);
}

export function checkKind(def: ResourceDef, body: unknown, expected: { kind: string; apiVersion: string } = { kind: def.kind, apiVersion: groupVersion(def) }): KObject {
  if (!isObject(body)) throw badRequest(`Object 'Kind' is missing in '${JSON.stringify(body)}'`);
  const apiVersion = body.apiVersion as string | undefined;
  const kind = body.kind as string | undefined;
  if (apiVersion && apiVersion !== expected.apiVersion) {
    throw badRequest(`the API version in the data (${apiVersion}) does not match the expected API version (${expected.apiVersion})`);
  }
  if (kind && kind !== expected.kind) {
    throw badRequest(`${kind} in version "${expected.apiVersion.split("/").pop()}" cannot be handled as a ${expected.kind}: no kind "${kind}" is registered for version "${expected.apiVersion}" in scheme "pkg/api/legacyscheme/scheme.go:30"`);
  }
  if (body.metadata !== undefined && !isObject(body.metadata)) throw badRequest(`json: cannot unmarshal ${typeof body.metadata} into Go struct field ${expected.kind}.metadata of type v1.ObjectMeta`);
  body.metadata ??= {};
  return body as KObject;
}

export async function decodeObject(rq: ApiRequest): Promise<KObject> {
  return checkKind(rq.def, dropNulls(await readObjectBody(rq)));
}
