// ResourceQuota usage: pods, CPU and memory requests and limits, and object counts of the
// namespace, reported in status.used for every resource the quota sets a hard limit on.
// (Usage is reported, not enforced: creating past a quota succeeds; see sim/README.md.)
import { deepEqual } from "../core/json";
import { formatCpu, formatMemory, parseQuantity } from "../core/quantity";
import type { StoreEvent } from "../store/stored-object";
import type { Pod } from "../types/core";
import type { KObject } from "../types/meta";
import { Controller, keyOf } from "./controller-base";
import { isTerminal } from "./pod-utils";
import { splitKey } from "./work-queue";

const COUNTED: Record<string, string> = { services: "services", configmaps: "configmaps", secrets: "secrets", resourcequotas: "resourcequotas" };

function podTotal(pods: Pod[], kind: "requests" | "limits", resource: string): number {
  return pods.reduce((sum, pod) => sum + pod.spec.containers.reduce((n, c) => n + parseQuantity(c.resources?.[kind]?.[resource] ?? "0"), 0), 0);
}

export function quotaUsage(hard: Record<string, string>, pods: Pod[], count: (resource: string) => number): Record<string, string> {
  const live = pods.filter((p) => !isTerminal(p));
  const used: Record<string, string> = {};
  for (const key of Object.keys(hard)) {
    const [kind, resource] = key.includes(".") && (key.startsWith("requests.") || key.startsWith("limits.")) ? (key.split(".", 2) as ["requests" | "limits", string]) : ["requests" as const, key];
    if (key === "pods" || key === "count/pods") used[key] = String(live.length);
    else if (resource === "cpu") used[key] = formatCpu(podTotal(live, kind, "cpu"));
    else if (resource === "memory") used[key] = formatMemory(podTotal(live, kind, "memory"));
    else if (COUNTED[key]) used[key] = String(count(COUNTED[key]));
    else if (key.startsWith("count/")) used[key] = String(count(key.slice(6)));
  }
  return used;
}

export class QuotaController extends Controller {
  protected readonly primary = "resourcequotas";

  protected keysFor(event: StoreEvent): string[] {
    if (event.resource === "resourcequotas") return [keyOf(event.object)];
    if (event.resource === "events" || !event.object.namespace) return [];
    return this.ctx.store.list("resourcequotas", event.object.namespace).map(keyOf);
  }

  protected reconcile(key: string): void {
    const [namespace, name] = splitKey(key);
    const quota = this.get<KObject & { spec?: { hard?: Record<string, string> } }>("resourcequotas", namespace, name);
    if (!quota) return;
    const hard = quota.spec?.hard ?? {};
    const pods = this.ctx.store.list("pods", namespace).map((s) => s.object as Pod);
    const status = { hard, used: quotaUsage(hard, pods, (resource) => this.ctx.store.list(resource, namespace).length) };
    if (!deepEqual(quota.status, status)) this.update("resourcequotas", { ...quota, status }, true);
  }
}
