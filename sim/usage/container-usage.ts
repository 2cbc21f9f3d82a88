// Usage of the containers that actually run: profiles built from pods (cached per pod uid until
// its profile annotations change), and samples of a running container at an instant, as
// metrics-server and cAdvisor report them. Everything is computed when asked: no timers.
import type { Container, ContainerStatus, Pod, PodTemplate } from "../types/core";
import { buildProfile, PROFILE_ANNOTATION, type UsageProfile } from "./profile";
import { cpuAverage, cpuSecondsAt, memoryAt } from "./usage-model";

/** metrics-server's CPU figure is a rate over its scrape window. */
export const METRICS_WINDOW_MS = 30_000;

export interface RunningContainer {
  pod: Pod;
  container: Container;
  status: ContainerStatus;
  /** Wall-clock ms the current run started (its status' startedAt). */
  startedMs: number;
  profile: UsageProfile;
}

export interface UsageSample {
  /** Mean cores over the window ending at the sample's time. */
  cpu: number;
  /** Working set bytes. */
  memory: number;
  /** Core-seconds used since the run started (cAdvisor's counter). */
  cpuSeconds: number;
}

/** The name of the workload a pod's template belongs to (usage stays put across rollouts). */
export function workloadOf(pod: Pod): string {
  const owner = pod.metadata.ownerReferences?.find((o) => o.controller) ?? pod.metadata.ownerReferences?.[0];
  if (!owner) return pod.metadata.name ?? "";
  const hash = pod.metadata.labels?.["pod-template-hash"];
  return owner.kind === "ReplicaSet" && hash && owner.name.endsWith(`-${hash}`) ? owner.name.slice(0, -hash.length - 1) : owner.name;
}

function profileKey(annotations: Record<string, string> | undefined): string {
  if (!annotations) return "";
  return Object.keys(annotations).filter((k) => k.startsWith(PROFILE_ANNOTATION)).sort().map((k) => `${k}=${annotations[k]}`).join("\n");
}

export class UsageModel {
  private cache = new Map<string, { key: string; profiles: Map<string, UsageProfile> }>();

  constructor(readonly timeScale: number) {}

  profileOf(pod: Pod, container: Container): UsageProfile {
    const uid = pod.metadata.uid ?? `${pod.metadata.namespace}/${pod.metadata.name}`;
    const key = profileKey(pod.metadata.annotations);
    let entry = this.cache.get(uid);
    if (!entry || entry.key !== key) this.cache.set(uid, (entry = { key, profiles: new Map() }));
    let profile = entry.profiles.get(container.name);
    if (!profile) {
      profile = buildProfile({
        namespace: pod.metadata.namespace ?? "", workload: workloadOf(pod), pod: pod.metadata.name, annotations: pod.metadata.annotations, container, timeScale: this.timeScale,
      });
      entry.profiles.set(container.name, profile);
    }
    return profile;
  }

  /** The typical replica of a workload, from its pod template (no pod-specific phase). */
  templateProfile(namespace: string, workload: string, template: PodTemplate, container: Container): UsageProfile {
    return buildProfile({ namespace, workload, annotations: template.metadata?.annotations, container, timeScale: this.timeScale });
  }

  forget(uid: string): void {
    this.cache.delete(uid);
  }

  /** Containers of the pod in state running, with their profiles. */
  running(pod: Pod): RunningContainer[] {
    if (!pod.spec.nodeName || pod.metadata.deletionTimestamp) return [];
    const out: RunningContainer[] = [];
    for (const status of pod.status?.containerStatuses ?? []) {
      const startedAt = status.state.running?.startedAt;
      const container = pod.spec.containers.find((c) => c.name === status.name);
      if (!startedAt || !container) continue;
      out.push({ pod, container, status, startedMs: Date.parse(startedAt), profile: this.profileOf(pod, container) });
    }
    return out;
  }
}

/** A sample at `nowMs`; undefined for a run too young to have a rate (metrics-server skips those). */
export function sampleOf(c: RunningContainer, nowMs: number): UsageSample | undefined {
  const elapsed = nowMs - c.startedMs;
  if (elapsed < 1000) return undefined;
  const from = nowMs - Math.min(METRICS_WINDOW_MS, elapsed);
  return {
    cpu: cpuAverage(c.profile, from, nowMs),
    memory: memoryAt(c.profile, nowMs, c.startedMs),
    cpuSeconds: cpuSecondsAt(c.profile, nowMs) - cpuSecondsAt(c.profile, c.startedMs),
  };
}
