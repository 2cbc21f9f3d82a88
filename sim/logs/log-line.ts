// One generated log line and the time formats the generators and the log endpoint share.
import type { Container, Pod } from "../types/core";

export interface LogLine {
  /** Wall-clock ms. */
  ms: number;
  /** Nanoseconds within the millisecond (0-999999), for RFC 3339 nano timestamps and ordering. */
  nanos: number;
  text: string;
}

export type LogStyle = "rails" | "nginx" | "job";

/** nginx images log nginx's access log; run-to-completion pods log a task; the rest are Rails apps. */
export function styleOf(pod: Pod, container: Container): LogStyle {
  if ((container.image ?? "").includes("nginx") || container.name === "nginx") return "nginx";
  return (pod.spec.restartPolicy ?? "Always") === "Always" ? "rails" : "job";
}

export const compareLines = (a: LogLine, b: LogLine) => a.ms - b.ms || a.nanos - b.nanos;

const pad = (n: number, width = 2) => String(n).padStart(width, "0");
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Go's RFC3339Nano, as the kubelet prefixes lines with `timestamps=true` (trailing zeros cut). */
export function rfc3339Nano(line: Pick<LogLine, "ms" | "nanos">): string {
  const base = new Date(Math.floor(line.ms / 1000) * 1000).toISOString().slice(0, 19);
  const fraction = `${pad(line.ms % 1000, 3)}${pad(line.nanos, 6)}`.replace(/0+$/, "");
  return `${base}${fraction ? `.${fraction}` : ""}Z`;
}

/** Ruby Logger's time: 2024-05-01T10:00:00.123456 */
export function rubyTime(line: Pick<LogLine, "ms" | "nanos">): string {
  return `${new Date(line.ms).toISOString().slice(0, 23)}${pad(Math.floor(line.nanos / 1000), 3)}`;
}

/** Rails' "Started ... at 2024-05-01 10:00:00 +0000". */
export function railsTime(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19).replace("T", " ")} +0000`;
}

/** nginx $time_local: 01/May/2024:10:00:00 +0000 */
export function nginxAccessTime(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()}:${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0000`;
}

/** nginx error log: 2024/05/01 10:00:00 */
export function nginxErrorTime(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19).replace(/-/g, "/").replace("T", " ");
}
