import type { PodContainer } from "../cluster/workload-containers";
import type { LiveContainerDto, UsageAvailabilityDto } from "../types";
import { containerFlags, figuresOf, type FlagInput } from "./container-flags";
import type { UsageState } from "./metrics-poller";

// Every running replica of a workload's containers, usage against its own pod's request and
// limit, with its flags; history (when there is enough) judges waste instead of one moment.

export function usageAvailability(state: UsageState): UsageAvailabilityDto {
  if (state.unavailable) return { available: false, reason: state.unavailable.reason };
  if (!state.snapshot) return { available: false, reason: "usage has not been read yet: the first poll of metrics.k8s.io is still running" };
  return { available: true, observedAt: new Date(state.snapshot.observedAt).toISOString() };
}

export function describeLiveContainer(container: string, p: PodContainer, usageKnown: boolean, nowMs: number, history?: FlagInput["history"]): LiveContainerDto {
  const r = p.state.resources ?? {};
  const usage = usageKnown ? p.usage : undefined;
  const cpu = figuresOf(usage?.cpu, r.cpuRequestMilli, r.cpuLimitMilli);
  const memory = figuresOf(usage?.memory, r.memoryRequestBytes, r.memoryLimitBytes);
  return {
    pod: p.pod.name,
    container,
    cpu,
    memory,
    restarts: p.state.restartCount,
    lastTermination: p.state.lastTermination,
    flags: containerFlags({ cpu, memory, restarts: p.state.restartCount, lastTermination: p.state.lastTermination, nowMs, history }),
  };
}
