import "server-only";
import http, { type IncomingMessage } from "node:http";
import https from "node:https";
import { KubeConfig } from "@kubernetes/client-node";
import type { ClusterConfig } from "./cluster-config-schema";

// One KubeConfig and one keep-alive agent per cluster. Requests are plain node:https with the
// KubeConfig's TLS and auth applied, so Pier reads raw JSON (client-node's typed lists turn
// timestamps into Dates and cannot page) and can tell a refused connect from a dropped stream.

export class KubeRequestError extends Error {
  constructor(message: string, readonly status?: number, readonly reason?: string) {
    super(message);
    this.name = "KubeRequestError";
  }
}

export interface KubeConnection {
  readonly kubeConfig: KubeConfig;
  readonly server: string;
  /** Opens a GET; resolves with the response once its headers arrive (any status). */
  open(pathAndQuery: string, options?: { signal?: AbortSignal; timeoutMs?: number; accept?: string }): Promise<IncomingMessage>;
  /** GET of a JSON document; non-2xx answers throw KubeRequestError with the API's Status message. */
  getJson<T>(pathAndQuery: string, options?: { signal?: AbortSignal; timeoutMs?: number }): Promise<T>;
  /** A write (POST, PUT, PATCH, DELETE) with a JSON body; answers the status and the parsed reply, throws like getJson. */
  send<T>(method: WriteMethod, pathAndQuery: string, body?: unknown, options?: { contentType?: string; timeoutMs?: number }): Promise<{ status: number; body: T }>;
  close(): void;
}

/**
 * The HTTP status of a KubeRequestError, else undefined. By name, not instanceof: the cluster
 * runtimes live on globalThis and Next.js bundles this module once per route, so an error may
 * come from another copy of the class.
 */
export function kubeErrorStatus(error: unknown): number | undefined {
  return (error as Error | null)?.name === "KubeRequestError" ? ((error as KubeRequestError).status ?? 0) : undefined;
}

export type WriteMethod = "POST" | "PUT" | "PATCH" | "DELETE";

export function makeKubeConfig(config: ClusterConfig): KubeConfig {
  const kc = new KubeConfig();
  if (config.inCluster) kc.loadFromCluster();
  else {
    kc.loadFromFile(config.kubeconfig!);
    if (config.context) kc.setCurrentContext(config.context);
  }
  if (!kc.getCurrentCluster()) throw new Error(`cluster ${config.name}: the kubeconfig has no current cluster`);
  return kc;
}

/** Reads a whole response body as text. */
export function readBody(res: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    res.on("data", (c: Buffer) => chunks.push(c));
    res.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    res.on("error", reject);
  });
}

/** The API's Status message ("namespaces \"x\" not found") or the HTTP status line. */
export function statusError(res: IncomingMessage, body: string): KubeRequestError {
  let message = `HTTP ${res.statusCode}`;
  let reason: string | undefined;
  try {
    const status = JSON.parse(body) as { message?: string; reason?: string };
    if (status.message) message = status.message;
    reason = status.reason;
  } catch {
    if (body.trim()) message = body.trim().slice(0, 300);
  }
  return new KubeRequestError(message, res.statusCode, reason);
}

export function makeKubeConnection(config: ClusterConfig): KubeConnection {
  const kubeConfig = makeKubeConfig(config);
  const server = kubeConfig.getCurrentCluster()!.server.replace(/\/+$/, "");
  const secure = server.startsWith("https:");
  const agent = secure ? new https.Agent({ keepAlive: true, maxSockets: 16 }) : new http.Agent({ keepAlive: true, maxSockets: 16 });

  async function request(method: string, pathAndQuery: string, options: { signal?: AbortSignal; timeoutMs?: number; accept?: string; body?: string; contentType?: string }) {
    const headers: Record<string, string> = { accept: options.accept ?? "application/json" };
    // client-node's lesson: a PATCH without an explicit Content-Type is refused (415).
    if (options.body !== undefined) Object.assign(headers, { "content-type": options.contentType ?? "application/json", "content-length": String(Buffer.byteLength(options.body)) });
    const opts: https.RequestOptions = { method, agent, headers, signal: options.signal };
    await kubeConfig.applyToHTTPSOptions(opts);
    const url = new URL(server + pathAndQuery);
    return new Promise<IncomingMessage>((resolve, reject) => {
      const req = (secure ? https : http).request(url, opts, resolve);
      // Connect and header timeout only: streams (watch, log follow) may stay quiet for long.
      req.setTimeout(options.timeoutMs ?? 10_000, () => req.destroy(new KubeRequestError(`no answer from ${server} within ${options.timeoutMs ?? 10_000} ms`)));
      req.on("response", () => req.setTimeout(0));
      req.on("error", (error) => reject(error instanceof KubeRequestError ? error : new KubeRequestError(`${server}: ${error.message}`)));
      req.end(options.body);
    });
  }

  const open = (pathAndQuery: string, options: { signal?: AbortSignal; timeoutMs?: number; accept?: string } = {}) => request("GET", pathAndQuery, options);

  async function send<T>(method: WriteMethod, pathAndQuery: string, body?: unknown, options: { contentType?: string; timeoutMs?: number } = {}) {
    const res = await request(method, pathAndQuery, { ...options, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await readBody(res);
    if ((res.statusCode ?? 500) >= 300) throw statusError(res, text);
    return { status: res.statusCode ?? 200, body: (text ? JSON.parse(text) : null) as T };
  }

  async function getJson<T>(pathAndQuery: string, options: { signal?: AbortSignal; timeoutMs?: number } = {}): Promise<T> {
    const res = await open(pathAndQuery, options);
    const body = await readBody(res);
    if ((res.statusCode ?? 500) >= 300) throw statusError(res, body);
    return JSON.parse(body) as T;
  }

  return { kubeConfig, server, open, getJson, send, close: () => agent.destroy() };
}
