import { formatBytes, formatCpu, parseMilli, parseUnits } from "@/lib/kube/quantity";
import { fail, pass, type CheckDefinition } from "./check-types";

// Requests within reason of real usage: not below it (the node is overcommitted and the pod
// bursts or gets OOM-killed) and not far above it (capacity reserved for nothing). Small
// absolute gaps are ignored so tiny services are not flagged for a few millicores.

const MIN_HOURS = 24;
const UNDER = 0.8; // request below 80 % of usage
const OVER = 3; // request above 3x usage
const CPU_SLACK_MILLI = 100;
const MEMORY_SLACK_BYTES = 128 * 1024 * 1024;

function judge(request: number, used: number, slack: number): "under" | "over" | "ok" {
  if (request < used * UNDER && used - request > slack / 4) return "under";
  if (request > used * OVER && request - used > slack) return "over";
  return "ok";
}

export const requestsFitUsageCheck: CheckDefinition = {
  id: "requests-fit-usage",
  summary: "CPU and memory requests within reason of real usage (resources advice)",
  readsCluster: true,
  run({ workload, usage }) {
    if (!usage || usage.containers.length === 0) return { status: "unknown", reason: "unknown: no usage data" };
    if (usage.windowHours < MIN_HOURS) return { status: "unknown", reason: `unknown: only ${Math.floor(usage.windowHours)} h of usage history (needs ${MIN_HOURS} h)` };
    const problems: string[] = [];
    for (const container of workload.containers) {
      const used = usage.containers.find((u) => u.container === container.name);
      if (!used) continue;
      if (container.requests.cpu) {
        const request = parseMilli(container.requests.cpu);
        const verdict = judge(request, used.cpuP95Millicores, CPU_SLACK_MILLI);
        if (verdict !== "ok") problems.push(`${container.name}: CPU request ${formatCpu(request)} is ${verdict === "under" ? "below" : "far above"} p95 usage ${formatCpu(used.cpuP95Millicores)}`);
      }
      if (container.requests.memory) {
        const request = parseUnits(container.requests.memory);
        const verdict = judge(request, used.memoryPeakBytes, MEMORY_SLACK_BYTES);
        if (verdict !== "ok") problems.push(`${container.name}: memory request ${formatBytes(request)} is ${verdict === "under" ? "below" : "far above"} peak usage ${formatBytes(used.memoryPeakBytes)}`);
      }
    }
    return problems.length ? fail(problems.join("; ")) : pass(`requests within reason of ${Math.round(usage.windowHours / 24)} days of usage`);
  },
};
