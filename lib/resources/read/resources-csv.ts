import { csvCell } from "@/lib/audit/export-audit-records";
import type { WorkloadResourcesRowDto } from "../types";

// The SRE view as CSV, one row per workload container, in plain units: millicores and MiB.

const MiB = 2 ** 20;
const milli = (v?: number) => (v === undefined ? "" : Math.round(v));
const mib = (v?: number) => (v === undefined ? "" : Math.round((v / MiB) * 10) / 10);

const columns: Array<[string, (r: WorkloadResourcesRowDto) => unknown]> = [
  ["namespace", (r) => r.namespace], ["environment", (r) => r.environment], ["branch", (r) => r.branch ?? ""], ["workload", (r) => r.workload], ["kind", (r) => r.kind],
  ["container", (r) => r.container], ["team", (r) => r.team ?? ""], ["replicas", (r) => r.replicas],
  ["cpu_request_m", (r) => milli(r.requests.cpu)], ["cpu_limit_m", (r) => milli(r.limits.cpu)], ["cpu_usage_m", (r) => milli(r.usage.cpu)], ["cpu_recommended_m", (r) => milli(r.recommended.cpu)], ["cpu_waste_m", (r) => milli(r.waste.cpu)],
  ["memory_request_mib", (r) => mib(r.requests.memory)], ["memory_limit_mib", (r) => mib(r.limits.memory)], ["memory_usage_mib", (r) => mib(r.usage.memory)], ["memory_recommended_mib", (r) => mib(r.recommended.memory)], ["memory_waste_mib", (r) => mib(r.waste.memory)],
  ["risk", (r) => r.risk.score], ["flags", (r) => r.risk.flags.join(" ")], ["oom_kills_14d", (r) => r.oomKills], ["severity", (r) => r.severity], ["advice", (r) => r.advice], ["advice_reason", (r) => r.adviceReason ?? ""],
];

export function resourcesCsv(rows: WorkloadResourcesRowDto[]): string {
  return [columns.map(([name]) => name).join(","), ...rows.map((r) => columns.map(([, get]) => csvCell(get(r))).join(","))].join("\r\n") + "\r\n";
}
