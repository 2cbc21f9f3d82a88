// The simulated kubelets of every node: take bound pods through image pull, start, readiness,
// crashes and back-off, completion and graceful termination, recording the kubelet's events
// and reporting status through pods/status, like the real thing.
import type { ClusterContext } from "../../cluster/context";
import { updateObject } from "../../registry/update-object";
import type { StoreEvent } from "../../store/stored-object";
import type { Node, Pod } from "../../types/core";
import { objectKey } from "../../types/meta";
import type { EventRecorder } from "../event-recorder";
import { splitKey, WorkQueue } from "../work-queue";
import { ContainerLifecycle, type PodRecord } from "./container-lifecycle";
import { buildPodStatus, statusChanged } from "./pod-status";
import { imageCrashes, TIMING, type ContainerRun } from "./container-run";
import type { HookRegistry, Termination } from "./hooks";

export class Kubelet {
  private queue: WorkQueue;
  private records = new Map<string, PodRecord>();
  private unsubscribe = () => {};
  private lifecycle: ContainerLifecycle;

  constructor(
    private readonly ctx: ClusterContext,
    events: EventRecorder,
    private readonly hooks: HookRegistry,
  ) {
    this.queue = new WorkQueue("kubelet", ctx.clock, (key) => this.reconcile(key));
    this.lifecycle = new ContainerLifecycle(ctx.clock, events, hooks);
  }

  start(): void {
    this.unsubscribe = this.ctx.store.subscribe((e) => this.onEvent(e));
    // Settled pods (all containers running and ready, nothing scheduled to happen) need no work.
    for (const stored of this.ctx.store.list("pods")) if (!settled(stored.object as Pod)) this.queue.add(objectKey(stored.object));
  }

  stop(): void {
    this.unsubscribe();
    this.queue.stop();
  }

  /** Ends a running container now (part 2's OOM killer uses this). */
  terminateContainer(namespace: string, name: string, container: string, how: Termination): boolean {
    const pod = this.ctx.store.get("pods", namespace, name)?.object as Pod | undefined;
    if (!pod?.spec.nodeName || pod.metadata.deletionTimestamp) return false;
    const record = this.recordFor(pod);
    const run = record.runs.find((r) => r.name === container);
    if (!run || run.stage !== "running") return false;
    this.lifecycle.exit(pod, run, how, this.ctx.clock.now());
    this.writeStatus(pod, record);
    this.reconcile(`${namespace}/${name}`);
    return true;
  }

  private onEvent(event: StoreEvent): void {
    if (event.resource !== "pods") return;
    const pod = event.object.object as Pod;
    if (event.type === "DELETED") {
      const record = this.records.get(pod.metadata.uid ?? "");
      this.records.delete(pod.metadata.uid ?? "");
      this.ctx.ipam.releasePodIP(pod.status?.podIP);
      if (record || pod.spec.nodeName) this.hooks.removed(pod.metadata.namespace ?? "", pod.metadata.name ?? "", pod.metadata.uid ?? "");
      return;
    }
    if (pod.spec.nodeName) this.queue.add(objectKey(pod));
  }

  private recordFor(pod: Pod): PodRecord {
    const uid = pod.metadata.uid ?? "";
    let record = this.records.get(uid);
    if (!record) {
      record = this.lifecycle.fromStatus(pod, this.ctx.clock.now());
      this.records.set(uid, record);
    }
    return record;
  }

  private reconcile(key: string): void {
    const [namespace, name] = splitKey(key);
    const stored = this.ctx.store.get("pods", namespace, name);
    if (!stored) return;
    const pod = stored.object as Pod;
    if (!pod.spec.nodeName) return;
    const now = this.ctx.clock.now();
    if (pod.metadata.deletionTimestamp) return this.terminate(pod, key, now);
    if (pod.status?.phase === "Succeeded" || pod.status?.phase === "Failed") return;
    if (!pod.status?.containerStatuses) return this.bind(pod, key, now);

    const record = this.recordFor(pod);
    this.lifecycle.syncImages(pod, record, now);
    this.lifecycle.advance(pod, record, now);
    this.writeStatus(pod, record);
    const next = nextWake(record.runs);
    if (next === undefined) {
      if (record.runs.every((r) => r.stage === "running" && r.ready) || record.runs.every((r) => r.stage === "terminated")) this.records.delete(pod.metadata.uid ?? "");
    } else this.queue.addAfter(key, Math.max(0, next - now) * this.ctx.clock.timeScale);
  }

  /** First sight of a bound pod: sandbox (IPs), then every container starts pulling. */
  private bind(pod: Pod, key: string, now: number): void {
    const node = this.ctx.store.get("nodes", "", pod.spec.nodeName!)?.object as Node | undefined;
    const hostIP = node?.status?.addresses?.find((a) => a.type === "InternalIP")?.address ?? "10.0.0.1";
    const podIP = pod.spec.hostNetwork ? hostIP : this.ctx.ipam.allocatePodIP(node ?? { metadata: {} });
    const record = this.lifecycle.fresh(pod, now);
    this.records.set(pod.metadata.uid ?? "", record);
    const copy = structuredClone(pod);
    copy.status = { ...copy.status, hostIP, hostIPs: [{ ip: hostIP }], podIP, podIPs: [{ ip: podIP }], startTime: this.ctx.clock.nowRfc3339() };
    this.writeStatus(copy, record);
    this.queue.addAfter(key, TIMING.pull);
  }

  private terminate(pod: Pod, key: string, now: number): void {
    const record = this.recordFor(pod);
    if (record.terminateAt === undefined) {
      const grace = (pod.metadata.deletionGracePeriodSeconds ?? 30) * 1000;
      record.terminateAt = now + Math.min(grace, TIMING.minTerminate) / this.ctx.clock.timeScale;
      this.lifecycle.kill(pod, record);
    }
    if (now < record.terminateAt) {
      this.queue.addAfter(key, (record.terminateAt - now) * this.ctx.clock.timeScale);
      return;
    }
    this.ctx.store.remove("pods", pod.metadata.namespace ?? "", pod.metadata.name ?? "");
  }

  private writeStatus(pod: Pod, record: PodRecord): void {
    const status = buildPodStatus(pod, record.runs, this.ctx.clock.nowRfc3339());
    if (!statusChanged(pod.status, status)) return;
    try {
      updateObject(this.ctx, this.ctx.resources.get("pods"), pod.metadata.namespace ?? "", pod.metadata.name ?? "", { ...pod, status }, { subresource: "status", skipValidation: true });
    } catch {
      // The pod went away meanwhile.
    }
  }
}

function settled(pod: Pod): boolean {
  if (pod.metadata.deletionTimestamp || !pod.spec.nodeName || pod.spec.restartPolicy !== "Always") return false;
  const statuses = pod.status?.containerStatuses ?? [];
  return statuses.length === pod.spec.containers.length && statuses.every((s) => s.ready && s.state.running && !imageCrashes(s.image));
}

function nextWake(runs: ContainerRun[]): number | undefined {
  const times = runs.flatMap((r) => [r.next, r.stage === "running" && !r.ready ? r.readyAt : undefined, r.stage === "running" ? r.endAt : undefined]).filter((t): t is number => t !== undefined);
  return times.length ? Math.min(...times) : undefined;
}
