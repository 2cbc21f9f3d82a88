import { parseMilli, parseUnits, quantityOrUndefined } from "../quantity";
import type { CacheKind } from "../watch-cache/cache-kind";
import { field, projectMeta, type ObjectMeta } from "./object-meta";

// Pods: phase, readiness, per-container state and the requests they hold (parsed once here,
// so summing an environment's CPU and memory is plain addition).

export interface ContainerState {
  name: string;
  image: string;
  ready: boolean;
  restartCount: number;
  /** "running", "waiting" or "terminated". */
  state: "running" | "waiting" | "terminated" | "unknown";
  /** Waiting or terminated reason: CrashLoopBackOff, ImagePullBackOff, OOMKilled, Completed... */
  reason?: string;
  message?: string;
  startedAt?: string;
  lastTermination?: { reason?: string; exitCode?: number; finishedAt?: string };
  /** This pod's own requests and limits (a rollout may run pods of two templates); unset = none. */
  resources?: ContainerResources;
}

export interface ContainerResources {
  cpuRequestMilli?: number;
  memoryRequestBytes?: number;
  cpuLimitMilli?: number;
  memoryLimitBytes?: number;
}

export interface PodRecord extends ObjectMeta {
  phase: string;
  /** Pod-level reason (Evicted) or the PodScheduled=False reason (Unschedulable). */
  reason?: string;
  message?: string;
  ready: boolean;
  nodeName?: string;
  podIP?: string;
  startedAt?: string;
  containers: ContainerState[];
  requests: { cpuMilli: number; memoryBytes: number };
}

type RawStatus = { name?: string; image?: string; ready?: boolean; restartCount?: number; started?: boolean; state?: Record<string, Record<string, unknown>>; lastState?: { terminated?: Record<string, unknown> } };

type RawContainer = { name?: string; image?: string; resources?: { requests?: Record<string, unknown>; limits?: Record<string, unknown> } };

function projectResources(spec: RawContainer): ContainerResources {
  const { requests = {}, limits = {} } = spec.resources ?? {};
  return {
    cpuRequestMilli: quantityOrUndefined(requests.cpu, parseMilli),
    memoryRequestBytes: quantityOrUndefined(requests.memory, parseUnits),
    cpuLimitMilli: quantityOrUndefined(limits.cpu, parseMilli),
    memoryLimitBytes: quantityOrUndefined(limits.memory, parseUnits),
  };
}

function projectContainerState(spec: RawContainer, status: RawStatus | undefined): ContainerState {
  const [state, detail] = Object.entries(status?.state ?? {})[0] ?? ["unknown", {}];
  const last = status?.lastState?.terminated;
  return {
    name: spec.name ?? "",
    image: spec.image ?? status?.image ?? "",
    ready: status?.ready ?? false,
    restartCount: status?.restartCount ?? 0,
    state: (["running", "waiting", "terminated"].includes(state) ? state : "unknown") as ContainerState["state"],
    reason: detail?.reason as string | undefined,
    message: detail?.message as string | undefined,
    startedAt: detail?.startedAt as string | undefined,
    lastTermination: last ? { reason: last.reason as string | undefined, exitCode: last.exitCode as number | undefined, finishedAt: last.finishedAt as string | undefined } : undefined,
    resources: projectResources(spec),
  };
}

function sumRequests(containers: ContainerState[]): PodRecord["requests"] {
  let cpuMilli = 0;
  let memoryBytes = 0;
  for (const c of containers) {
    cpuMilli += c.resources?.cpuRequestMilli ?? 0;
    memoryBytes += c.resources?.memoryRequestBytes ?? 0;
  }
  return { cpuMilli, memoryBytes };
}

export const podsKind: CacheKind<PodRecord> = {
  resource: "pods",
  listPath: "/api/v1/pods",
  project: (raw) => {
    const conditions = field<Array<{ type?: string; status?: string; reason?: string; message?: string }>>(raw, "status", "conditions") ?? [];
    const unscheduled = conditions.find((c) => c.type === "PodScheduled" && c.status === "False");
    const statuses = field<RawStatus[]>(raw, "status", "containerStatuses") ?? [];
    const containers = (field<RawContainer[]>(raw, "spec", "containers") ?? []).map((spec) => projectContainerState(spec, statuses.find((s) => s.name === spec.name)));
    return {
      ...projectMeta(raw),
      phase: field<string>(raw, "status", "phase") ?? "Pending",
      reason: field<string>(raw, "status", "reason") ?? unscheduled?.reason,
      message: field<string>(raw, "status", "message") ?? unscheduled?.message,
      ready: conditions.some((c) => c.type === "Ready" && c.status === "True"),
      nodeName: field<string>(raw, "spec", "nodeName"),
      podIP: field<string>(raw, "status", "podIP"),
      startedAt: field<string>(raw, "status", "startTime"),
      containers,
      requests: sumRequests(containers),
    };
  },
};
