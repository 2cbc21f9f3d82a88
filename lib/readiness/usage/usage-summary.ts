// The usage the "requests within reason of usage" check compares requests with. Filled by the
// resources work (lib/resources: history and advice) through findUsageSummary; absent = the
// check answers "unknown: no usage data". Plain data, client-safe.

export interface ContainerUsage {
  container: string;
  /** A high percentile of CPU usage over the window (the resources work's CPU basis), millicores. */
  cpuP95Millicores: number;
  /** Peak memory working set over the window, bytes. */
  memoryPeakBytes: number;
}

export interface UsageSummary {
  /** How much history the figures cover. */
  windowHours: number;
  containers: ContainerUsage[];
}
