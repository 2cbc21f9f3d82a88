import "server-only";
import { Readable } from "node:stream";
import type { Clusters } from "@/lib/kube/clusters";
import { isDnsLabel, isDnsSubdomain } from "@/lib/kube/kube-names";
import { readBody, statusError } from "@/lib/kube/kube-connection";
import { collectServices } from "./collect-services";
import { LookupError } from "./lookup-error";
import { resolveEnvironment, validateServiceName } from "./resolve-target";

// A service's pod log, passed through from the cluster's pods/log (kubectl logs): tail, follow,
// one container, or the previous (crashed) container. Only pods of this service are reachable.

export interface LogOptions {
  pod?: string;
  container?: string;
  follow: boolean;
  previous: boolean;
  tailLines: number;
}

export function parseLogOptions(query: URLSearchParams): LogOptions {
  const flag = (name: string) => ["1", "true", "yes"].includes(query.get(name) ?? "");
  const tail = Number(query.get("tailLines") ?? 500);
  const pod = query.get("pod") || undefined;
  const container = query.get("container") || undefined;
  if (pod && !isDnsSubdomain(pod)) throw new LookupError(400, `"${pod}" is not a valid pod name`);
  if (container && !isDnsLabel(container)) throw new LookupError(400, `"${container}" is not a valid container name`);
  if (!Number.isInteger(tail) || tail < 0 || tail > 10_000) throw new LookupError(400, "tailLines must be a whole number from 0 to 10000");
  return { pod, container, follow: flag("follow"), previous: flag("previous"), tailLines: tail };
}

export async function streamServiceLogs(
  clusters: Clusters,
  target: { cluster: string; namespace: string; service: string },
  query: URLSearchParams,
  signal: AbortSignal,
): Promise<Response> {
  validateServiceName(target.service);
  const options = parseLogOptions(query);
  const { runtime } = await resolveEnvironment(clusters, target.cluster, target.namespace);
  const parts = collectServices(runtime.caches, target.namespace).find((p) => p.workload.name === target.service);
  if (!parts) throw new LookupError(404, `service "${target.service}" not found in environment "${target.namespace}" of cluster "${target.cluster}"`);
  const pod = options.pod ? parts.pods.find((p) => p.name === options.pod) : [...parts.pods].sort((a, b) => a.name.localeCompare(b.name))[0];
  if (!pod) throw new LookupError(404, options.pod ? `pod "${options.pod}" is not a pod of service "${target.service}"` : `service "${target.service}" has no pods`);
  const container = options.container ?? pod.containers[0]?.name ?? "";
  if (!pod.containers.some((c) => c.name === container)) throw new LookupError(404, `container "${container}" not found in pod "${pod.name}"`);

  const params = new URLSearchParams({ container, tailLines: String(options.tailLines), timestamps: "false" });
  if (options.follow) params.set("follow", "true");
  if (options.previous) params.set("previous", "true");
  const upstream = new AbortController();
  signal.addEventListener("abort", () => upstream.abort(), { once: true });
  const res = await runtime.connection
    .open(`/api/v1/namespaces/${target.namespace}/pods/${pod.name}/log?${params}`, { signal: upstream.signal, accept: "application/json, */*" })
    .catch((error: Error) => {
      throw new LookupError(503, `cluster "${target.cluster}": ${error.message}`);
    });
  if (res.statusCode !== 200) {
    const error = statusError(res, await readBody(res));
    throw new LookupError(error.status === 404 ? 404 : error.status === 400 ? 400 : 503, error.message);
  }
  // Stop reading from the cluster when the browser goes away, without an unhandled AbortError.
  res.on("error", () => {});
  const body = Readable.toWeb(res) as ReadableStream<Uint8Array>;
  return new Response(body, {
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-cache, no-transform", "x-accel-buffering": "no", "x-pier-pod": pod.name, "x-pier-container": container },
  });
}
