// The HTTP front of the embedded cluster: bearer-token authentication, then discovery,
// OpenAPI, extension routes (part 2) and the resource API. Loopback only.
import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from "node:http";
import { createServer as createTlsServer } from "node:https";
import { timingSafeEqual } from "node:crypto";
import type { Duplex } from "node:stream";
import type { ClusterContext } from "../cluster/context";
import { dispatchResource } from "../api/dispatch";
import { serveDiscovery } from "../api/serve-discovery";
import { ApiError, internalError, resourceNotFound, unauthorized } from "./api-error";
import { parseTarget } from "./request-target";
import { refuseUpgrade, sendError, sendJson, sendText } from "./respond";

export const VERSION_INFO = {
  major: "1", minor: "32", gitVersion: "v1.32.0-pier-sim", gitCommit: "0000000000000000000000000000000000000000",
  gitTreeState: "clean", buildDate: "2025-01-01T00:00:00Z", goVersion: "go1.23.4", compiler: "gc", platform: "linux/amd64",
};

function authorized(req: IncomingMessage, token: string): boolean {
  const header = req.headers.authorization ?? "";
  const given = Buffer.from(header.startsWith("Bearer ") ? header.slice(7).trim() : "");
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

async function handle(ctx: ClusterContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? "/", "http://127.0.0.1");
  const path = url.pathname.replace(/\/+$/, "") || "/";
  const extension = ctx.routes.findPath(path);
  if (extension) return extension({ req, res, url });
  if (path === "/version") return sendJson(res, 200, VERSION_INFO);
  if (["/healthz", "/livez", "/readyz"].includes(path)) return sendText(res, 200, "ok", "text/plain; charset=utf-8");
  if (await serveDiscovery(ctx, req, res, path)) return;
  const target = parseTarget(path);
  if (target.type === "resource") {
    const group = ctx.routes.findApiGroup(target.group, target.version);
    if (group && !ctx.resources.find(target.group, target.version, target.resource)) return group.handle({ req, res, url, namespace: target.namespace, name: target.name });
    return dispatchResource(ctx, req, res, url, target);
  }
  throw resourceNotFound();
}

/** WebSocket/SPDY upgrades: registered subresources (exec, attach) or a clear refusal. */
function handleUpgrade(ctx: ClusterContext, token: string, req: IncomingMessage, socket: Duplex, head: Buffer): void {
  const refuse = (err: ApiError) => refuseUpgrade(socket, err);
  if (!authorized(req, token)) return refuse(unauthorized());
  const url = new URL(req.url ?? "/", "http://127.0.0.1");
  const target = parseTarget(url.pathname);
  if (target.type === "resource" && target.subresource) {
    const def = ctx.resources.find(target.group, target.version, target.resource);
    const id = def ? (def.group ? `${def.resource}.${def.group}` : def.resource) : "";
    const route = ctx.routes.findSubresource(id, target.subresource);
    if (route?.upgrade) return route.upgrade(req, socket, head, { url, namespace: target.namespace, name: target.name });
  }
  const protocol = String(req.headers.upgrade ?? "").toLowerCase();
  const what = protocol.startsWith("spdy") ? "SPDY upgrades (kubectl port-forward, old exec clients) are" : "this upgrade is";
  refuse(new ApiError(400, "BadRequest", `${what} not supported by the embedded cluster: ${url.pathname}`));
}

/** HTTPS when given a key and certificate (the default), plain HTTP otherwise. */
export function createApiServer(ctx: ClusterContext, token: string, tls?: { key: string; cert: string }): Server {
  const verbose = process.env.SIM_LOG === "1";
  const listener: RequestListener = (req, res) => {
    if (verbose) {
      const started = Date.now();
      res.on("finish", () => console.log(`[sim ${ctx.name}] ${req.method} ${req.url} ${res.statusCode} ${Date.now() - started}ms ${req.headers["user-agent"] ?? ""}`));
    }
    if (!authorized(req, token)) {
      sendError(res, unauthorized());
      return;
    }
    handle(ctx, req, res).catch((err: unknown) => {
      if (!(err instanceof ApiError)) console.error(`[sim ${ctx.name}] ${req.method} ${req.url}:`, err);
      sendError(res, err instanceof ApiError ? err : internalError(err));
    });
  };
  const server = tls ? createTlsServer({ key: tls.key, cert: tls.cert }, listener) : createServer(listener);
  server.on("upgrade", (req, socket, head) => handleUpgrade(ctx, token, req, socket, head));
  server.keepAliveTimeout = 65_000;
  return server;
}
