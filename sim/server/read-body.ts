// Request bodies: size limit, JSON/YAML decoding with the error texts Go's decoders give.
import type { IncomingMessage } from "node:http";
import { parse as parseYaml } from "yaml";
import { ApiError, badRequest } from "./api-error";

const MAX_BODY = 3 * 1024 * 1024;

export async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new ApiError(413, "RequestEntityTooLarge", "Request entity too large: limit is 3145728");
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** V8's JSON.parse complaints mapped to Go's encoding/json wording. */
const CONTEXTS: Array<[RegExp, string]> = [
  [/after property value/, "after object key:value pair"],
  [/after property name/, "after object key"],
  [/Expected property name/, "looking for beginning of object key string"],
  [/after array element/, "after array element"],
];

export function goJsonError(text: string, err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  const pos = /position (\d+)/.exec(message);
  const at = pos ? Number(pos[1]) : undefined;
  if (/end of JSON input/i.test(message) || text.trim() === "" || (at !== undefined && at >= text.length)) return "unexpected end of JSON input";
  const ch = at !== undefined ? text[at] : /token '?(.)'?/.exec(message)?.[1];
  const context = CONTEXTS.find(([re]) => re.test(message))?.[1] ?? "looking for beginning of value";
  return `invalid character '${ch ?? "?"}' ${context}`;
}

export function parseJson(text: string, prefix = ""): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw badRequest(`${prefix}${goJsonError(text, err)}`);
  }
}

export function parseYamlOrJson(text: string, prefix = ""): unknown {
  const trimmed = text.trimStart();
  if (trimmed.startsWith("{") || trimmed.startsWith("[")) return parseJson(text, prefix);
  try {
    return parseYaml(text) as unknown;
  } catch (err) {
    throw badRequest(`${prefix}error converting YAML to JSON: ${err instanceof Error ? err.message.split("\n")[0] : String(err)}`);
  }
}
