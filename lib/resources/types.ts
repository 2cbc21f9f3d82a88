// The DTOs of the resources area, as the JSON API returns them and the pages render them.
// Types only (no server-only): client components import them. CPU in millicores, memory in
// bytes, times ISO 8601; an absent number means "not set" (no request) or "not known".

export type Severity = "good" | "ok" | "warning" | "critical";

export type FlagId =
  | "no-cpu-request"
  | "no-memory-request"
  | "no-cpu-limit"
  | "no-memory-limit"
  | "cpu-above-request"
  | "memory-above-request"
  | "cpu-near-limit"
  | "memory-near-limit"
  | "oom-killed"
  | "cpu-waste"
  | "memory-waste";

export interface FlagDto {
  id: FlagId;
  /** "warning" needs a look, "critical" hurts now (kills, throttling). */
  severity: "info" | "warning" | "critical";
  label: string;
  /** One line, with the numbers: "uses 30m of its 500m CPU request: 470m reserved for nothing". */
  explanation: string;
}

/** Usage against request and limit, plain numbers first; ratios are fractions (0.85), never alone on screen. */
export interface FiguresDto {
  usage?: number;
  request?: number;
  limit?: number;
  ofRequest?: number;
  ofLimit?: number;
}

export interface LiveContainerDto {
  pod: string;
  container: string;
  cpu: FiguresDto;
  memory: FiguresDto;
  restarts: number;
  lastTermination?: { reason?: string; exitCode?: number; finishedAt?: string };
  flags: FlagDto[];
}

/** metrics.k8s.io's answer: usage per running container, or why there is none (never zeros). */
export interface UsageAvailabilityDto {
  available: boolean;
  reason?: string;
  observedAt?: string;
}

export interface ResourceAdviceDto {
  /** Why there is no advice for this resource (an HPA scales on it), else absent. */
  skipped?: string;
  request: { current?: number; recommended?: number };
  limit: { current?: number; recommended?: number };
  /** recommended - current request; positive = raise, negative = lower (waste). */
  difference?: number;
  severity: Severity;
  /** One line: which figure it came from. */
  why: string;
}

export interface AdviceBasisDto {
  historyHours: number;
  samples: number;
  cpuP50?: number;
  cpuP90?: number;
  cpuP95?: number;
  cpuMax?: number;
  memoryPeak?: number;
  oomKills: number;
}

export interface AdviceDto {
  status: "advice" | "none";
  /** Why there is no advice ("only 5 h of history ..."). */
  reason?: string;
  confidence?: { level: "low" | "medium" | "high"; days: number };
  basis: AdviceBasisDto;
  cpu?: ResourceAdviceDto;
  memory?: ResourceAdviceDto;
  severity: Severity;
  /** Extra warnings: a leak suspected, repeated OOM kills. */
  notes: string[];
  /** The `resources:` block to paste, and the file it goes in. */
  yaml?: string;
  manifestPath?: string;
}

export interface ServiceContainerResourcesDto {
  name: string;
  /** The workload's template: what the next pod gets. */
  requests: { cpu?: number; memory?: number };
  limits: { cpu?: number; memory?: number };
  advice: AdviceDto;
}

export interface ServiceResourcesDto {
  cluster: string;
  namespace: string;
  service: string;
  kind: "Deployment" | "StatefulSet";
  usage: UsageAvailabilityDto;
  live: LiveContainerDto[];
  containers: ServiceContainerResourcesDto[];
  history: { source: "pier" | "prometheus"; ranges: HistoryRange[] };
}

export const historyRanges = ["1h", "24h", "7d", "14d"] as const;
export type HistoryRange = (typeof historyRanges)[number];

export interface HistoryPointDto {
  /** Epoch ms of the point. */
  t: number;
  cpuAvg?: number;
  cpuMax?: number;
  memAvg?: number;
  memMax?: number;
}

/** Container runs that ended within one chart step: OOM kills, other restarts. */
export interface HistoryEventDto {
  t: number;
  kind: "oom" | "restart";
  count: number;
  /** The reasons seen (OOMKilled, Error, Completed ...). */
  reasons: string[];
  pods: string[];
}

export interface UsageHistoryDto {
  cluster: string;
  namespace: string;
  service: string;
  container: string;
  range: HistoryRange;
  source: "pier" | "prometheus";
  stepSeconds: number;
  from: string;
  to: string;
  requests: { cpu?: number; memory?: number };
  limits: { cpu?: number; memory?: number };
  points: HistoryPointDto[];
  events: HistoryEventDto[];
}

/** One workload container in the SRE view. */
export interface WorkloadResourcesRowDto {
  namespace: string;
  /** "branch", "production", or "other" for namespaces that are no Pier environment. */
  environment: "branch" | "production" | "other";
  branch?: string;
  workload: string;
  kind: "Deployment" | "StatefulSet";
  container: string;
  team?: string;
  replicas: number;
  requests: { cpu?: number; memory?: number };
  limits: { cpu?: number; memory?: number };
  /** Mean per replica now, from metrics.k8s.io. */
  usage: { cpu?: number; memory?: number };
  recommended: { cpu?: number; memory?: number };
  /** (request - recommended) x replicas: positive = reserved for nothing. */
  waste: { cpu?: number; memory?: number };
  risk: { score: number; flags: FlagId[] };
  severity: Severity;
  advice: "advice" | "none";
  adviceReason?: string;
  oomKills: number;
}

export interface ResourceTotalsDto {
  key: string;
  workloads: number;
  requests: { cpu: number; memory: number };
  usage: { cpu: number; memory: number };
  waste: { cpu: number; memory: number };
}

export interface NamespacePolicyDto {
  namespace: string;
  quotas: Array<{ name: string; hard: Record<string, string>; used: Record<string, string> }>;
  limitRanges: Array<{ name: string; limits: Array<{ type: string; default: Record<string, string>; defaultRequest: Record<string, string>; min: Record<string, string>; max: Record<string, string> }> }>;
}

export type ResourceSort = "waste" | "cpu-waste" | "memory-waste" | "risk" | "team" | "namespace" | "workload";

export interface ClusterResourcesDto {
  cluster: { name: string; displayName: string };
  usage: UsageAvailabilityDto;
  allocatable: { cpu: number; memory: number };
  /** Everything requested in the cluster, and the part branch environments request. */
  requested: { cpu: number; memory: number };
  branchRequested: { cpu: number; memory: number };
  namespaces: ResourceTotalsDto[];
  teams: ResourceTotalsDto[];
  policies: NamespacePolicyDto[];
  sort: ResourceSort;
  total: number;
  rows: WorkloadResourcesRowDto[];
  /** Server time spent, for the curious (and the bench). */
  tookMs: number;
}

/** The compact per-service usage the environment page's services table shows. */
export interface ServiceUsageCellDto {
  service: string;
  replicas: number;
  requests: { cpu?: number; memory?: number };
  limits: { cpu?: number; memory?: number };
  /** Sum over running replicas, now; absent when usage is unavailable. */
  usage: { cpu?: number; memory?: number };
  flags: FlagDto[];
}

export interface NamespaceResourcesDto {
  cluster: string;
  namespace: string;
  usage: UsageAvailabilityDto;
  services: ServiceUsageCellDto[];
}
