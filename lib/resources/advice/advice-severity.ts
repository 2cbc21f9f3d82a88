import type { Severity } from "../types";

// How much a difference matters, with KRR's thresholds: CPU 0.1 / 0.25 / 0.5 core, memory
// 100 / 250 / 500 MiB between the current request and the recommended one, either way.

const MiB = 2 ** 20;
const order: Severity[] = ["good", "ok", "warning", "critical"];

function byThresholds(difference: number, [ok, warning, critical]: [number, number, number]): Severity {
  const size = Math.abs(difference);
  return size >= critical ? "critical" : size >= warning ? "warning" : size >= ok ? "ok" : "good";
}

export const cpuSeverity = (differenceMilli: number) => byThresholds(differenceMilli, [100, 250, 500]);
export const memorySeverity = (differenceBytes: number) => byThresholds(differenceBytes, [100 * MiB, 250 * MiB, 500 * MiB]);

export function worstSeverity(severities: Severity[]): Severity {
  return severities.reduce((worst, s) => (order.indexOf(s) > order.indexOf(worst) ? s : worst), "good" as Severity);
}

export const severityRank = (severity: Severity) => order.indexOf(severity);
