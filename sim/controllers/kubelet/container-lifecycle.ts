// Transitions of container runs and the kubelet events that go with them.
import type { Clock } from "../../core/clock";
import { toRfc3339 } from "../../core/clock";
import type { Container, ContainerStatus, Pod } from "../../types/core";
import type { EventRecorder } from "../event-recorder";
import {
  backoffSeconds, imageBackoffSeconds, imageCrashes, imageFails, imageIdOf, imageIsMissing, newContainerId, readinessDelayMs, TIMING, type ContainerRun,
} from "./container-run";
import type { HookRegistry, Termination } from "./hooks";
import { podRef } from "./pod-status";

export interface PodRecord {
  runs: ContainerRun[];
  terminateAt?: number;
}

const fieldPath = (name: string) => `spec.containers{${name}}`;

export class ContainerLifecycle {
  constructor(
    private readonly clock: Clock,
    private readonly events: EventRecorder,
    private readonly hooks: HookRegistry,
  ) {}

  private at(now: number, simMs: number): number {
    return now + simMs / this.clock.timeScale;
  }

  private event(pod: Pod, run: ContainerRun, type: "Normal" | "Warning", reason: string, message: string): void {
    this.events.record(pod, type, reason, message, { component: "kubelet", host: pod.spec.nodeName }, fieldPath(run.name));
  }

  private pull(pod: Pod, run: ContainerRun, now: number): void {
    run.stage = "pulling";
    run.next = this.at(now, TIMING.pull);
    this.event(pod, run, "Normal", "Pulling", `Pulling image "${run.image}"`);
  }

  fresh(pod: Pod, now: number): PodRecord {
    const runs = pod.spec.containers.map((c) => this.newRun(c));
    for (const run of runs) this.pull(pod, run, now);
    return { runs };
  }

  private newRun(c: Container): ContainerRun {
    return { name: c.name, image: c.image ?? "", stage: "pulling", ready: false, restartCount: 0, pullFailures: 0, imageID: imageIdOf(c.image ?? "") };
  }

  /** Rebuilds runs from a stored status (after a restart, or for seeded pods). */
  fromStatus(pod: Pod, now: number): PodRecord {
    const statuses = new Map((pod.status?.containerStatuses ?? []).map((s) => [s.name, s] as const));
    const runs = pod.spec.containers.map((c) => {
      const run = this.newRun(c);
      const s: ContainerStatus | undefined = statuses.get(c.name);
      if (!s) return run;
      run.restartCount = s.restartCount;
      run.containerID = s.containerID;
      run.lastTerminated = s.lastState?.terminated;
      run.image = s.image || run.image;
      if (s.state.running) {
        run.stage = "running";
        run.startedAt = s.state.running.startedAt;
        run.ready = s.ready;
        if (!s.ready) run.readyAt = this.at(now, readinessDelayMs(c));
        this.scheduleEnd(pod, run, now);
      } else if (s.state.terminated) {
        // A container that died under a restart policy that restarts it is due for a restart.
        const restarts = (pod.spec.restartPolicy ?? "Always") === "Always" || (pod.spec.restartPolicy === "OnFailure" && s.state.terminated.exitCode !== 0);
        run.stage = restarts ? "exited" : "terminated";
        run.terminated = s.state.terminated;
        if (restarts) run.next = now;
      } else if (s.state.waiting?.reason === "CrashLoopBackOff") {
        run.stage = "crash-backoff";
        run.backoffSeconds = backoffSeconds(run.restartCount);
        run.next = this.at(now, run.backoffSeconds * 1000);
      } else if (s.state.waiting?.reason === "ErrImagePull" || s.state.waiting?.reason === "ImagePullBackOff") {
        run.stage = "image-pull-backoff";
        run.pullFailures = 1;
        run.next = this.at(now, imageBackoffSeconds(1) * 1000);
      } else run.next = this.at(now, TIMING.pull);
      return run;
    });
    return { runs };
  }

  private scheduleEnd(pod: Pod, run: ContainerRun, now: number): void {
    const runSeconds = Number(pod.metadata.annotations?.["sim.pier.dev/run-seconds"]);
    if (imageCrashes(run.image)) run.endAt = this.at(now, TIMING.crashAfter);
    else if (pod.spec.restartPolicy !== "Always") run.endAt = this.at(now, runSeconds > 0 ? runSeconds * 1000 : TIMING.runToCompletion);
    else run.endAt = undefined;
  }

  private start(pod: Pod, run: ContainerRun, now: number, pulled: boolean): void {
    const container = pod.spec.containers.find((c) => c.name === run.name)!;
    if (pulled) this.event(pod, run, "Normal", "Pulled", `Successfully pulled image "${run.image}" in 1.5s (1.5s including waiting). Image size: ${20_000_000 + (run.image.length * 7919) % 80_000_000} bytes.`);
    else this.event(pod, run, "Normal", "Pulled", `Container image "${run.image}" already present on machine`);
    this.event(pod, run, "Normal", "Created", `Created container: ${run.name}`);
    this.event(pod, run, "Normal", "Started", `Started container ${run.name}`);
    run.stage = "running";
    run.next = undefined;
    run.containerID = newContainerId();
    run.startedAt = toRfc3339(this.clock.now());
    run.ready = false;
    run.readyAt = this.at(now, readinessDelayMs(container));
    this.scheduleEnd(pod, run, now);
    this.hooks.started({ pod, container: run.name, startedAt: run.startedAt, restartCount: run.restartCount });
  }

  /** The container's process ended: restart with back-off, or stay terminated. */
  exit(pod: Pod, run: ContainerRun, how: Termination, now: number): void {
    const terminated = {
      exitCode: how.exitCode, reason: how.reason, ...(how.message ? { message: how.message } : {}),
      startedAt: run.startedAt, finishedAt: toRfc3339(this.clock.now()), containerID: run.containerID,
    };
    this.hooks.stopped({ pod, container: run.name, startedAt: run.startedAt ?? "", restartCount: run.restartCount, exitCode: how.exitCode, reason: how.reason });
    run.ready = false;
    run.endAt = undefined;
    const policy = pod.spec.restartPolicy ?? "Always";
    if (policy === "Never" || (policy === "OnFailure" && how.exitCode === 0)) {
      run.stage = "terminated";
      run.terminated = terminated;
      run.next = undefined;
      return;
    }
    // Shown as terminated until the kubelet's next sync restarts it or backs off.
    run.stage = "exited";
    run.terminated = terminated;
    run.next = this.at(now, TIMING.exitedShown);
  }

  /** After an exit: restart at once the first time, then with exponential back-off. */
  private restart(pod: Pod, run: ContainerRun, now: number): void {
    run.lastTerminated = run.terminated;
    run.terminated = undefined;
    run.restartCount++;
    const delay = backoffSeconds(run.restartCount);
    if (delay === 0) return this.start(pod, run, now, false);
    run.stage = "crash-backoff";
    run.backoffSeconds = delay;
    run.next = this.at(now, delay * 1000);
    this.event(pod, run, "Warning", "BackOff", `Back-off restarting failed container ${run.name} in pod ${podRef(pod)}`);
  }

  /** Moves every run forward to `now`. */
  advance(pod: Pod, record: PodRecord, now: number): void {
    for (const run of record.runs) {
      for (let guard = 0; guard < 20; guard++) {
        if (run.stage === "running") {
          if (!run.ready && run.readyAt !== undefined && run.readyAt <= now && (run.endAt === undefined || run.readyAt < run.endAt)) run.ready = true;
          if (run.endAt !== undefined && run.endAt <= now) {
            const failed = imageCrashes(run.image) || imageFails(run.image);
            this.exit(pod, run, failed ? { exitCode: 1, reason: "Error" } : { exitCode: 0, reason: "Completed" }, now);
            continue;
          }
          break;
        }
        if (run.next === undefined || run.next > now) break;
        if (run.stage === "pulling") {
          if (imageIsMissing(run.image)) {
            run.pullFailures++;
            run.stage = "err-image-pull";
            run.next = this.at(now, TIMING.errToBackoff);
            this.event(pod, run, "Warning", "Failed", `Failed to pull image "${run.image}": rpc error: code = NotFound desc = failed to pull and unpack image "${run.image}": failed to resolve reference "${run.image}": ${run.image}: not found`);
            this.event(pod, run, "Warning", "Failed", "Error: ErrImagePull");
          } else this.start(pod, run, now, true);
        } else if (run.stage === "err-image-pull") {
          run.stage = "image-pull-backoff";
          run.next = this.at(now, imageBackoffSeconds(run.pullFailures) * 1000);
          this.event(pod, run, "Normal", "BackOff", `Back-off pulling image "${run.image}"`);
          this.event(pod, run, "Warning", "Failed", "Error: ImagePullBackOff");
        } else if (run.stage === "image-pull-backoff") this.pull(pod, run, now);
        else if (run.stage === "exited") this.restart(pod, run, now);
        else if (run.stage === "crash-backoff") this.start(pod, run, now, false);
        else break;
      }
    }
  }

  /** A changed image (kubectl set image on a bare pod) restarts the container with it. */
  syncImages(pod: Pod, record: PodRecord, now: number): void {
    for (const run of record.runs) {
      const image = pod.spec.containers.find((c) => c.name === run.name)?.image;
      if (!image || image === run.image) continue;
      if (run.stage === "running") this.event(pod, run, "Normal", "Killing", `Container ${run.name} definition changed, will be restarted`);
      run.image = image;
      run.imageID = imageIdOf(image);
      run.ready = false;
      run.endAt = undefined;
      if (run.stage === "running") run.restartCount++;
      this.pull(pod, run, now);
    }
  }

  kill(pod: Pod, record: PodRecord): void {
    for (const run of record.runs) {
      if (run.stage !== "running") continue;
      this.event(pod, run, "Normal", "Killing", `Stopping container ${run.name}`);
      this.hooks.stopped({ pod, container: run.name, startedAt: run.startedAt ?? "", restartCount: run.restartCount, exitCode: 0, reason: "Completed" });
    }
  }
}
