// metrics.k8s.io/v1beta1 as metrics-server serves it: PodMetrics (per namespace or all, list or
// get, label and field selectors) and NodeMetrics (the node's pods plus its system daemons).
// Quantities are integers with suffixes ("1234567n", "20480Ki"): client-node's BigInt parser
// throws on fractions.
import type { ClusterContext } from "../cluster/context";
import { toRfc3339 } from "../core/clock";
import { parseSelectors, matchesObject } from "../api/list-options";
import { ApiError, methodNotAllowed, resourceNotFound } from "../server/api-error";
import { queryBool } from "../server/query";
import { parseTarget } from "../server/request-target";
import { sendJson } from "../server/respond";
import type { ApiGroupRoute, HttpRoute } from "../server/route-registry";
import type { Node, Pod } from "../types/core";
import { METRICS_WINDOW_MS, sampleOf, type UsageModel } from "./container-usage";
import { systemUsageOf } from "./node-usage";

const GROUP_VERSION = "metrics.k8s.io/v1beta1";
const WINDOW = `${METRICS_WINDOW_MS / 1000}s`;

export const nanoCores = (cores: number) => `${Math.max(0, Math.round(cores * 1e9))}n`;
export const kibibytes = (bytes: number) => `${Math.max(0, Math.round(bytes / 1024))}Ki`;

const notFound = (resource: "podmetrics" | "nodemetrics", name: string) =>
  new ApiError(404, "NotFound", `${resource}.metrics.k8s.io "${name}" not found`, { name, group: "metrics.k8s.io", kind: resource === "podmetrics" ? "pods" : "nodes" });

function podMetrics(model: UsageModel, pod: Pod, now: number, timestamp: string): Record<string, unknown> | undefined {
  const containers = [];
  for (const c of model.running(pod)) {
    const sample = sampleOf(c, now);
    if (sample) containers.push({ name: c.container.name, usage: { cpu: nanoCores(sample.cpu), memory: kibibytes(sample.memory) } });
  }
  if (!containers.length) return undefined;
  const { name, namespace, labels } = pod.metadata;
  return { metadata: { name, namespace, creationTimestamp: timestamp, ...(labels ? { labels } : {}) }, timestamp, window: WINDOW, containers };
}

/** Usage per node: its running containers plus kubelet, containerd and the OS. */
export function nodeUsage(ctx: ClusterContext, model: UsageModel, now: number): Map<string, { cpu: number; memory: number }> {
  const totals = new Map<string, { cpu: number; memory: number }>();
  for (const stored of ctx.store.list("nodes")) totals.set(stored.name, systemUsageOf(stored.name, now));
  for (const stored of ctx.store.list("pods")) {
    const pod = stored.object as Pod;
    const total = totals.get(pod.spec.nodeName ?? "");
    if (!total) continue;
    for (const c of model.running(pod)) {
      const sample = sampleOf(c, now);
      if (!sample) continue;
      total.cpu += sample.cpu;
      total.memory += sample.memory;
    }
  }
  return totals;
}

function servePods(ctx: ClusterContext, model: UsageModel, route: HttpRoute, namespace: string | undefined, name: string | undefined): void {
  const now = ctx.clock.now();
  const timestamp = toRfc3339(now);
  if (name !== undefined) {
    const pod = ctx.store.get("pods", namespace ?? "", name)?.object as Pod | undefined;
    const item = pod && podMetrics(model, pod, now, timestamp);
    if (!item) throw notFound("podmetrics", `${namespace}/${name}`);
    return sendJson(route.res, 200, { kind: "PodMetrics", apiVersion: GROUP_VERSION, ...item });
  }
  const filter = parseSelectors(route.url.searchParams);
  const items = [];
  for (const stored of ctx.store.list("pods", namespace)) {
    if (!matchesObject(filter, stored.object)) continue;
    const item = podMetrics(model, stored.object as Pod, now, timestamp);
    if (item) items.push(item);
  }
  sendJson(route.res, 200, { kind: "PodMetricsList", apiVersion: GROUP_VERSION, metadata: {}, items });
}

function serveNodes(ctx: ClusterContext, model: UsageModel, route: HttpRoute, name: string | undefined): void {
  const now = ctx.clock.now();
  const timestamp = toRfc3339(now);
  const usage = nodeUsage(ctx, model, now);
  const item = (node: Node) => {
    const u = usage.get(node.metadata.name ?? "")!;
    const { labels } = node.metadata;
    return { metadata: { name: node.metadata.name, creationTimestamp: timestamp, ...(labels ? { labels } : {}) }, timestamp, window: WINDOW, usage: { cpu: nanoCores(u.cpu), memory: kibibytes(u.memory) } };
  };
  if (name !== undefined) {
    const node = ctx.store.get("nodes", "", name)?.object as Node | undefined;
    if (!node) throw notFound("nodemetrics", name);
    return sendJson(route.res, 200, { kind: "NodeMetrics", apiVersion: GROUP_VERSION, ...item(node) });
  }
  const filter = parseSelectors(route.url.searchParams);
  const items = ctx.store.list("nodes").filter((s) => matchesObject(filter, s.object)).map((s) => item(s.object as Node));
  sendJson(route.res, 200, { kind: "NodeMetricsList", apiVersion: GROUP_VERSION, metadata: {}, items });
}

export function metricsApiRoute(ctx: ClusterContext, model: UsageModel): ApiGroupRoute {
  const verbs = ["get", "list"];
  return {
    group: "metrics.k8s.io",
    version: "v1beta1",
    resources: [
      { name: "nodes", singularName: "", namespaced: false, kind: "NodeMetrics", verbs },
      { name: "pods", singularName: "", namespaced: true, kind: "PodMetrics", verbs },
    ],
    handle: (route) => {
      if ((route.req.method ?? "GET") !== "GET" || queryBool(route.url.searchParams, "watch")) throw methodNotAllowed();
      const target = parseTarget(route.url.pathname);
      if (target.type !== "resource" || target.subresource) throw resourceNotFound();
      if (target.resource === "pods") return servePods(ctx, model, route, target.namespace, target.name);
      if (target.resource === "nodes" && target.namespace === undefined) return serveNodes(ctx, model, route, target.name);
      throw resourceNotFound();
    },
  };
}
