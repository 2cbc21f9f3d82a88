// The scheduler: binds pending pods to the node with the most free CPU among those whose
// allocatable CPU, memory and pod count fit the pod's requests (and whose labels and taints
// allow it). Pods that fit nowhere stay Pending with PodScheduled=False and a FailedScheduling
// event, and are retried whenever pods or nodes change.
import type { ClusterContext } from "../cluster/context";
import { parseQuantity } from "../core/quantity";
import { updateObject } from "../registry/update-object";
import type { StoreEvent } from "../store/stored-object";
import type { Node, Pod } from "../types/core";
import { objectKey } from "../types/meta";
import type { EventRecorder } from "./event-recorder";
import { splitKey, WorkQueue } from "./work-queue";

interface Usage {
  cpu: number;
  memory: number;
  pods: number;
}

export function podRequests(pod: Pod): Usage {
  let cpu = 0;
  let memory = 0;
  for (const c of pod.spec.containers) {
    const req = c.resources?.requests ?? {};
    cpu += req.cpu ? parseQuantity(req.cpu) : 0;
    memory += req.memory ? parseQuantity(req.memory) : 0;
  }
  return { cpu, memory, pods: 1 };
}

const occupies = (pod: Pod) => Boolean(pod.spec.nodeName) && pod.status?.phase !== "Succeeded" && pod.status?.phase !== "Failed";

export class Scheduler {
  private queue: WorkQueue;
  private usage = new Map<string, Usage>();
  private pending = new Set<string>();
  private unsubscribe = () => {};

  constructor(
    private readonly ctx: ClusterContext,
    private readonly events: EventRecorder,
  ) {
    this.queue = new WorkQueue("scheduler", ctx.clock, (key) => this.schedule(key));
  }

  start(): void {
    for (const stored of this.ctx.store.list("pods")) {
      const pod = stored.object as Pod;
      if (occupies(pod)) this.account(pod, 1);
      else if (!pod.spec.nodeName) this.queue.add(objectKey(pod));
    }
    this.unsubscribe = this.ctx.store.subscribe((e) => this.onEvent(e));
  }

  stop(): void {
    this.unsubscribe();
    this.queue.stop();
  }

  private account(pod: Pod, sign: 1 | -1): void {
    const node = pod.spec.nodeName!;
    const req = podRequests(pod);
    const u = this.usage.get(node) ?? { cpu: 0, memory: 0, pods: 0 };
    this.usage.set(node, { cpu: u.cpu + sign * req.cpu, memory: u.memory + sign * req.memory, pods: u.pods + sign });
  }

  private onEvent(event: StoreEvent): void {
    if (event.resource === "nodes") return this.retryPending();
    if (event.resource !== "pods") return;
    const before = event.previous?.object as Pod | undefined;
    const after = event.type === "DELETED" ? undefined : (event.object.object as Pod);
    if (before && occupies(before)) this.account(before, -1);
    if (after && occupies(after)) this.account(after, 1);
    if (after && !after.spec.nodeName && !after.metadata.deletionTimestamp) {
      this.pending.add(objectKey(after));
      if (event.type === "ADDED") this.queue.add(objectKey(after));
    } else this.pending.delete(objectKey(event.object.object));
    // Capacity freed: pending pods get another chance.
    if (before && occupies(before) && !(after && occupies(after))) this.retryPending();
  }

  private retryPending(): void {
    for (const key of this.pending) this.queue.add(key);
  }

  private schedule(key: string): void {
    const [namespace, name] = splitKey(key);
    const pod = this.ctx.store.get("pods", namespace, name)?.object as Pod | undefined;
    if (!pod || pod.spec.nodeName || pod.metadata.deletionTimestamp) return;
    const req = podRequests(pod);
    const reasons = new Map<string, number>();
    const fail = (reason: string) => reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
    let best: { node: Node; free: number } | undefined;
    const nodes = this.ctx.store.list("nodes").map((s) => s.object as Node);
    for (const node of nodes) {
      const alloc = node.status?.allocatable ?? {};
      const used = this.usage.get(node.metadata.name ?? "") ?? { cpu: 0, memory: 0, pods: 0 };
      const ready = node.status?.conditions?.some((c) => c.type === "Ready" && c.status === "True");
      const selector = pod.spec.nodeSelector ?? {};
      const untolerated = (node.spec?.taints ?? []).find((t) => t.effect !== "PreferNoSchedule" && !(pod.spec.tolerations ?? []).some((tol) => tol.operator === "Exists" ? (!tol.key || tol.key === t.key) : tol.key === t.key && tol.value === t.value));
      if (node.spec?.unschedulable) fail("node(s) were unschedulable");
      else if (!ready) fail("node(s) had untolerated taint {node.kubernetes.io/not-ready: }");
      else if (untolerated) fail(`node(s) had untolerated taint {${untolerated.key}: ${untolerated.value ?? ""}}`);
      else if (Object.entries(selector).some(([k, v]) => node.metadata.labels?.[k] !== v)) fail("node(s) didn't match Pod's node affinity/selector");
      else if (used.pods + 1 > parseQuantity(alloc.pods ?? "110")) fail("Too many pods");
      else if (used.cpu + req.cpu > parseQuantity(alloc.cpu ?? "0")) fail("Insufficient cpu");
      else if (used.memory + req.memory > parseQuantity(alloc.memory ?? "0")) fail("Insufficient memory");
      else {
        // Least allocated, with pod count breaking ties (spreads request-less pods too).
        const share = (free: number, total: number) => free / Math.max(total, 1e-9);
        const free = share(parseQuantity(alloc.cpu ?? "0") - used.cpu, parseQuantity(alloc.cpu ?? "1"))
          + share(parseQuantity(alloc.memory ?? "0") - used.memory, parseQuantity(alloc.memory ?? "1"))
          + share(parseQuantity(alloc.pods ?? "110") - used.pods, parseQuantity(alloc.pods ?? "110"));
        if (!best || free > best.free) best = { node, free };
      }
    }
    if (best) return this.bind(pod, best.node);
    this.unschedulable(pod, nodes.length, reasons);
  }

  private bind(pod: Pod, node: Node): void {
    const copy = structuredClone(pod);
    copy.spec.nodeName = node.metadata.name;
    const now = this.ctx.clock.nowRfc3339();
    copy.status = { ...copy.status, conditions: [{ type: "PodScheduled", status: "True", lastProbeTime: null, lastTransitionTime: now }] };
    const pods = this.ctx.resources.get("pods");
    const stored = updateObject(this.ctx, pods, pod.metadata.namespace ?? "", pod.metadata.name ?? "", copy, { skipValidation: true });
    updateObject(this.ctx, pods, pod.metadata.namespace ?? "", pod.metadata.name ?? "", { ...stored.copy(), status: copy.status }, { subresource: "status", skipValidation: true });
    this.events.record(pod, "Normal", "Scheduled", `Successfully assigned ${pod.metadata.namespace}/${pod.metadata.name} to ${node.metadata.name}`, { component: "default-scheduler" });
  }

  private unschedulable(pod: Pod, total: number, reasons: Map<string, number>): void {
    const histogram = [...reasons.entries()].map(([reason, n]) => `${n} ${reason}`).sort();
    const message = total === 0
      ? "no nodes available to schedule pods"
      : `0/${total} nodes are available: ${histogram.join(", ")}. preemption: 0/${total} nodes are available: ${total} No preemption victims found for incoming pod.`;
    const existing = pod.status?.conditions?.find((c) => c.type === "PodScheduled");
    if (existing?.status === "False" && existing.message === message) return;
    const copy = structuredClone(pod);
    copy.status = { ...copy.status, conditions: [{ type: "PodScheduled", status: "False", lastProbeTime: null, lastTransitionTime: this.ctx.clock.nowRfc3339(), reason: "Unschedulable", message }] };
    updateObject(this.ctx, this.ctx.resources.get("pods"), pod.metadata.namespace ?? "", pod.metadata.name ?? "", copy, { subresource: "status", skipValidation: true });
    this.events.record(pod, "Warning", "FailedScheduling", message, { component: "default-scheduler" });
  }
}
