// Writing replies: JSON (or YAML when asked) with the content types clients check.
import type { ServerResponse } from "node:http";
import type { Duplex } from "node:stream";
import { stringify as toYaml } from "yaml";
import { ApiError } from "./api-error";

export function sendJson(res: ServerResponse, code: number, body: unknown, contentType = "application/json"): void {
  sendText(res, code, JSON.stringify(body), contentType);
}

export function sendText(res: ServerResponse, code: number, text: string, contentType: string): void {
  res.writeHead(code, { "Content-Type": contentType, "Content-Length": Buffer.byteLength(text), "Cache-Control": "no-cache, private" });
  res.end(text);
}

/** Sends an already-serialized JSON document, converting it when YAML was asked for. */
export function sendSerialized(res: ServerResponse, code: number, json: string, yaml: boolean, contentType = "application/json"): void {
  if (yaml) sendText(res, code, toYaml(JSON.parse(json)), "application/yaml");
  else sendText(res, code, json, contentType);
}

/** Answers an upgrade request (WebSocket, SPDY) with a plain HTTP Status reply and closes. */
export function refuseUpgrade(socket: Duplex, err: ApiError): void {
  const body = JSON.stringify(err.toStatus());
  socket.end(`HTTP/1.1 ${err.code} ${err.reason}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
}

export function sendError(res: ServerResponse, err: ApiError): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  sendJson(res, err.code, err.toStatus());
}
