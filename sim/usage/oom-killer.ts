// Memory above a container's limit is an OOM kill: the kubelet ends the container with exit code
// 137 and reason OOMKilled, then restarts it with back-off. Profiles are pure functions of time,
// so the moment of each kill is computed when a run starts; one timer for the whole cluster is
// armed for the earliest. Containers whose profile cannot pass their limit are never tracked,
// which keeps 12,000 well-behaved pods free.
import type { ControllerManager } from "../controllers/controller-manager";
import type { ClusterContext } from "../cluster/context";
import { seedOf } from "../core/random";
import type { Pod } from "../types/core";
import type { UsageModel } from "./container-usage";
import { canExceedLimit, nextOomAt } from "./usage-model";

/** Non-leaking shapes are scanned this far ahead, then looked at again. */
const HORIZON_MS = 60 * 60_000;

interface Due {
  namespace: string;
  pod: string;
  uid: string;
  container: string;
  startedMs: number;
  at: number;
  /** No kill found within the horizon: look again at `at`. */
  recheck: boolean;
}

export class OomKiller {
  private due = new Map<string, Due>();
  private timer: NodeJS.Timeout | undefined;
  private timerAt = Infinity;

  constructor(
    private readonly ctx: ClusterContext,
    private readonly controllers: ControllerManager,
    private readonly model: UsageModel,
  ) {}

  install(): void {
    for (const stored of this.ctx.store.list("pods")) {
      const pod = stored.object as Pod;
      for (const c of this.model.running(pod)) this.track(pod, c.container.name, c.startedMs);
    }
    this.controllers.hooks.add({
      onContainerStarted: (e) => this.track(e.pod, e.container, Date.parse(e.startedAt)),
      onContainerStopped: (e) => this.due.delete(`${e.pod.metadata.uid}/${e.container}`),
      onPodRemoved: (_ns, _name, uid) => {
        for (const [key, d] of this.due) if (d.uid === uid) this.due.delete(key);
        this.model.forget(uid);
      },
    });
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.due.clear();
  }

  /** Predicts the next kill of this run, if any. */
  private track(pod: Pod, container: string, startedMs: number, from = this.ctx.clock.now()): void {
    const spec = pod.spec.containers.find((c) => c.name === container);
    if (!spec) return;
    const profile = this.model.profileOf(pod, spec);
    const key = `${pod.metadata.uid}/${container}`;
    const at = nextOomAt(profile, startedMs, from, HORIZON_MS);
    const base = { namespace: pod.metadata.namespace ?? "", pod: pod.metadata.name ?? "", uid: pod.metadata.uid ?? "", container, startedMs };
    if (at !== undefined) this.due.set(key, { ...base, at, recheck: false });
    else if (canExceedLimit(profile)) this.due.set(key, { ...base, at: from + HORIZON_MS, recheck: true });
    else this.due.delete(key);
    this.arm();
  }

  private arm(): void {
    let earliest = Infinity;
    for (const d of this.due.values()) earliest = Math.min(earliest, d.at);
    if (earliest === Infinity || earliest >= this.timerAt) return;
    clearTimeout(this.timer);
    this.timerAt = earliest;
    this.timer = setTimeout(() => this.fire(), Math.max(0, earliest - this.ctx.clock.now()));
    this.timer.unref();
  }

  private fire(): void {
    this.timer = undefined;
    this.timerAt = Infinity;
    const now = this.ctx.clock.now();
    const ready = [...this.due.entries()].filter(([, d]) => d.at <= now);
    for (const [key, d] of ready) {
      this.due.delete(key);
      const pod = this.ctx.store.get("pods", d.namespace, d.pod)?.object as Pod | undefined;
      if (!pod || pod.metadata.uid !== d.uid) continue;
      if (d.recheck) this.track(pod, d.container, d.startedMs, now);
      else this.kill(pod, d.container);
    }
    this.arm();
  }

  private kill(pod: Pod, container: string): void {
    const spec = pod.spec.containers.find((c) => c.name === container);
    const limit = spec ? this.model.profileOf(pod, spec).memoryLimit ?? 0 : 0;
    const process = (spec?.image ?? container).split("/").pop()!.split(/[:@]/)[0]!.slice(0, 15);
    const pid = 1000 + (seedOf(pod.metadata.uid ?? "", container) % 30_000);
    const rssKb = Math.round(limit / 1024);
    this.controllers.events.record(pod, "Warning", "OOMKilling",
      `Memory cgroup out of memory: Killed process ${pid} (${process}) total-vm:${rssKb * 3}kB, anon-rss:${rssKb}kB, file-rss:0kB, shmem-rss:0kB, UID:1000 pgtables:${Math.ceil(rssKb / 256)}kB oom_score_adj:${pod.status?.qosClass === "Guaranteed" ? -997 : 984}`,
      { component: "kernel-monitor", host: pod.spec.nodeName }, `spec.containers{${container}}`);
    this.controllers.kubelet.terminateContainer(pod.metadata.namespace ?? "", pod.metadata.name ?? "", container, { exitCode: 137, reason: "OOMKilled" });
  }
}
