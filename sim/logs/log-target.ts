// Which run of which container a log request reads, with the kubelet's errors: the current
// run (or, while it waits in back-off, the one that just ended, as the kubelet serves the
// newest container), or with previous=true the last terminated one.
import type { ClusterContext } from "../cluster/context";
import { findPod, selectContainer } from "../api/pod-container";
import { seedOf } from "../core/random";
import { imageCrashes } from "../controllers/kubelet/container-run";
import { badRequest } from "../server/api-error";
import type { Container, ContainerState, Pod } from "../types/core";
import type { UsageModel } from "../usage/container-usage";
import { styleOf } from "./log-line";
import type { LogSource } from "./log-source";

type Terminated = NonNullable<ContainerState["terminated"]>;

export interface LogTarget {
  pod: Pod;
  container: Container;
  /** undefined: nothing to show (an init container, treated as done by the simulation). */
  source?: LogSource;
  /** The run is still going: follow keeps the stream open. */
  running: boolean;
  containerID?: string;
}

interface EnvVar {
  name: string;
  value?: string;
}

function envValue(container: Container, name: string): string | undefined {
  return (container.env as EnvVar[] | undefined)?.find((e) => e.name === name)?.value;
}

function sourceOf(pod: Pod, container: Container, model: UsageModel, run: { containerID: string; startedAt?: string; terminated?: Terminated }): LogSource {
  const probe = container.readinessProbe as { httpGet?: { path?: string }; periodSeconds?: number } | undefined;
  const t = run.terminated;
  return {
    seed: seedOf(run.containerID),
    startedMs: Date.parse(run.startedAt ?? pod.status?.startTime ?? pod.metadata.creationTimestamp ?? ""),
    endedMs: t?.finishedAt ? Date.parse(t.finishedAt) : undefined,
    exit: t ? { exitCode: t.exitCode, reason: t.reason ?? "" } : undefined,
    style: styleOf(pod, container),
    service: container.name,
    image: container.image ?? "",
    port: Number(envValue(container, "PORT")) || (container.ports?.[0]?.containerPort ?? 3000),
    railsEnv: envValue(container, "RAILS_ENV") ?? "production",
    timeScale: model.timeScale,
    profile: model.profileOf(pod, container),
    crashes: imageCrashes(container.image ?? ""),
    probe: probe?.httpGet?.path ? { path: probe.httpGet.path, periodS: probe.periodSeconds ?? 10 } : undefined,
    nodeIP: pod.status?.hostIP ?? "10.0.0.10",
  };
}

export function resolveLogTarget(ctx: ClusterContext, model: UsageModel, namespace: string, name: string, containerName: string | null, previous: boolean): LogTarget {
  const pod = findPod(ctx, namespace, name);
  const container = selectContainer(pod, containerName);
  if (!pod.spec.containers.includes(container)) return { pod, container, running: false };
  const status = pod.status?.containerStatuses?.find((s) => s.name === container.name);
  const last = status?.lastState?.terminated;
  if (previous) {
    if (!last) throw badRequest(`previous terminated container "${container.name}" in pod "${name}" not found`);
    return { pod, container, running: false, source: sourceOf(pod, container, model, { containerID: last.containerID ?? `${name}/${container.name}/previous`, startedAt: last.startedAt, terminated: last }) };
  }
  const state = status?.state;
  if (state?.running && status?.containerID) {
    return { pod, container, running: true, containerID: status.containerID, source: sourceOf(pod, container, model, { containerID: status.containerID, startedAt: state.running.startedAt }) };
  }
  if (state?.terminated) {
    const t = state.terminated;
    return { pod, container, running: false, source: sourceOf(pod, container, model, { containerID: t.containerID ?? status?.containerID ?? name, startedAt: t.startedAt, terminated: t }) };
  }
  if (last && state?.waiting?.reason === "CrashLoopBackOff") {
    return { pod, container, running: false, source: sourceOf(pod, container, model, { containerID: last.containerID ?? name, startedAt: last.startedAt, terminated: last }) };
  }
  const reason = state?.waiting?.reason ?? "ContainerCreating";
  const why = reason === "ImagePullBackOff" || reason === "ErrImagePull" ? "trying and failing to pull image" : reason;
  throw badRequest(`container "${container.name}" in pod "${name}" is waiting to start: ${why}`);
}
