// What a node uses besides its pods (kubelet, containerd, the OS): NodeMetrics include it, so
// `kubectl top node` is never below the sum of `kubectl top pod` on that node, as on a real one.
import { seedOf } from "../core/random";
import { METRICS_WINDOW_MS } from "./container-usage";
import type { UsageProfile } from "./profile";
import { cpuAverage, memoryAt } from "./usage-model";

const SYSTEM_CPU = 0.08;
const SYSTEM_MEMORY = 750 * 2 ** 20;

function systemProfile(node: string): UsageProfile {
  const seed = seedOf("system", node);
  return {
    kind: "steady", cpu: SYSTEM_CPU, memory: SYSTEM_MEMORY, cpuPhase: seed % 86_400, memoryPhase: (seed >>> 8) % 86_400,
    leakPerSimSecond: 0, leakCycleSimSeconds: 86_400, timeScale: 1,
  };
}

export function systemUsageOf(node: string, nowMs: number): { cpu: number; memory: number } {
  const profile = systemProfile(node);
  return { cpu: cpuAverage(profile, nowMs - METRICS_WINDOW_MS, nowMs), memory: memoryAt(profile, nowMs, 0) };
}
