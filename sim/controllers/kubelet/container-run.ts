// One container's life on the simulated node: image pull (or ErrImagePull/ImagePullBackOff
// for images containing "missing"), start, readiness after the probe's initial delay, crashes
// (images containing "crashloop") and completion for run-to-completion pods, with kubelet's
// exponential back-off (10 s doubling to 5 min).
import { createHash, randomBytes } from "node:crypto";
import type { Container, ContainerState } from "../../types/core";

/** "exited": the process ended and the kubelet has not restarted it yet (status shows the termination). */
export type Stage = "pulling" | "err-image-pull" | "image-pull-backoff" | "running" | "exited" | "crash-backoff" | "terminated";

export interface ContainerRun {
  name: string;
  image: string;
  stage: Stage;
  /** Wall-clock ms of the next transition. */
  next?: number;
  ready: boolean;
  readyAt?: number;
  endAt?: number;
  startedAt?: string;
  restartCount: number;
  pullFailures: number;
  containerID?: string;
  imageID: string;
  lastTerminated?: NonNullable<ContainerState["terminated"]>;
  terminated?: NonNullable<ContainerState["terminated"]>;
  /** The last back-off delay in seconds (for the CrashLoopBackOff message). */
  backoffSeconds?: number;
}

/** Simulated durations (ms of simulated time). */
/** exitedShown: how long a dead container shows as terminated (Error, OOMKilled) before the kubelet restarts or backs off. */
export const TIMING = { pull: 1500, errToBackoff: 1000, crashAfter: 3000, runToCompletion: 5000, minTerminate: 1000, exitedShown: 2000 };

export const imageIsMissing = (image: string) => image.includes("missing");
export const imageCrashes = (image: string) => image.includes("crashloop");
export const imageFails = (image: string) => image.includes("fail");

/** 10 s, 20 s, 40 s ... capped at 300 s; the first restart is immediate. */
export function backoffSeconds(failures: number): number {
  if (failures <= 1) return failures === 1 ? 0 : 10;
  return Math.min(10 * 2 ** (failures - 2), 300);
}

export function imageBackoffSeconds(failures: number): number {
  return Math.min(10 * 2 ** Math.max(0, failures - 1), 300);
}

export function newContainerId(): string {
  return `containerd://${randomBytes(32).toString("hex")}`;
}

export function imageIdOf(image: string): string {
  const repo = image.split("@")[0]!.replace(/:[^/:]+$/, "");
  const qualified = repo.includes("/") && repo.split("/")[0]!.includes(".") ? repo : `docker.io/${repo.includes("/") ? repo : `library/${repo}`}`;
  return `${qualified}@sha256:${createHash("sha256").update(image).digest("hex")}`;
}

/** Seconds until the readiness probe first succeeds. */
export function readinessDelayMs(c: Container): number {
  const probe = c.readinessProbe;
  return probe ? Math.max(1, probe.initialDelaySeconds ?? 0) * 1000 : 0;
}

/** `podRef` is "<name>_<namespace>(<uid>)", as kubelet prints pods in messages. */
export function stateOf(run: ContainerRun, podRef: string): ContainerState {
  switch (run.stage) {
    case "pulling":
      return { waiting: { reason: "ContainerCreating" } };
    case "err-image-pull":
      return { waiting: { reason: "ErrImagePull", message: `rpc error: code = NotFound desc = failed to pull and unpack image "${run.image}": failed to resolve reference "${run.image}": ${run.image}: not found` } };
    case "image-pull-backoff":
      return { waiting: { reason: "ImagePullBackOff", message: `Back-off pulling image "${run.image}"` } };
    case "crash-backoff":
      return { waiting: { reason: "CrashLoopBackOff", message: `back-off ${run.backoffSeconds ?? 10}s restarting failed container=${run.name} pod=${podRef}` } };
    case "running":
      return { running: { startedAt: run.startedAt } };
    case "exited":
    case "terminated":
      return { terminated: run.terminated! };
  }
}
