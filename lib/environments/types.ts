// The DTOs of branch environments, as the JSON API returns them and the pages render them.
// Types only (no server-only): client components import them.

export type ClusterKind = "staging" | "production";

export interface ClusterStatusDto {
  state: "connecting" | "synced" | "unreachable";
  lastSyncAt?: string;
  unreachableSince?: string;
  error?: string;
}

export interface ClusterDto {
  name: string;
  displayName: string;
  environment: ClusterKind;
  status: ClusterStatusDto;
}

/** What is worst in an environment or service, most severe first. */
export const problemSeverity = ["CrashLoopBackOff", "OOMKilled", "ImagePullBackOff", "Pending"] as const;
export type Problem = (typeof problemSeverity)[number];

export interface PersonDto {
  name?: string;
  email?: string;
}

export interface EnvironmentSummaryDto {
  cluster: string;
  namespace: string;
  /** "branch" (a branch environment, main included) or "production". */
  kind: "branch" | "production";
  branch?: string;
  commit?: string;
  author?: PersonDto;
  deployedBy?: string;
  deployedAt?: string;
  createdAt: string;
  terminating: boolean;
  services: { ready: number; total: number };
  problem?: { reason: Problem; pods: number };
  requests: { cpuMilli: number; memoryBytes: number };
  url?: string;
}

export interface EnvironmentListDto {
  cluster: ClusterDto;
  environments: EnvironmentSummaryDto[];
}

export interface RolloutDto {
  /** kubectl rollout status: complete, progressing (waiting), failed (deadline exceeded), paused. */
  state: "complete" | "progressing" | "failed" | "paused";
  message: string;
}

export interface ReplicaSetProgressDto {
  name: string;
  revision: number;
  /** spec.replicas: what the Deployment controller wants it to have. */
  desired: number;
  /** status.replicas: pods it has (old ones drain to 0, the new one fills up). */
  current: number;
  ready: number;
  available: number;
  images: string[];
}

/** Pier's reading of a rollout: kubectl's rules, plus failures a person would call early (new pods crash-looping, images not pulled). */
export interface RolloutProgressDto {
  state: "complete" | "progressing" | "failed" | "paused";
  message: string;
  failure?: { reason: string; message: string; pods: string[] };
  /** The Deployment's current revision (deployment.kubernetes.io/revision). */
  revision?: number;
  newReplicaSet?: ReplicaSetProgressDto;
  /** Older ReplicaSets that still want or have pods. */
  oldReplicaSets: ReplicaSetProgressDto[];
}

export interface ServiceRowDto {
  name: string;
  kind: "Deployment" | "StatefulSet";
  /** In-namespace address when a Service of the same name exists: "http://learn". */
  address?: string;
  image: string;
  tag: string;
  team?: string;
  replicas: { desired: number; ready: number; available: number; updated: number };
  rollout: RolloutDto;
  progress: RolloutProgressDto;
  /** metadata.generation, sent back with actions so a change made meanwhile is a 409. */
  generation: number;
  paused: boolean;
  restarts: number;
  problem?: { reason: Problem; pods: number };
  createdAt: string;
}

export interface IngressRouteDto {
  ingress: string;
  host: string;
  path: string;
  service: string;
  port: string;
  url: string;
}

export interface ProxyRouteDto {
  path: string;
  service: string;
}

export interface WarningEventDto {
  reason: string;
  message: string;
  count: number;
  lastSeen: string;
  /** "Pod/billing-7c9d-x2k4q". */
  object: string;
}

/** When a branch environment expires (or why it never does), and what it is for besides a branch. */
export interface LifecycleDto {
  expiresAt?: string;
  /** expiresAt is the pier.dev/expires-at annotation (a deploy or "keep until"), not computed. */
  annotated: boolean;
  protectedBecause?: string;
  /** "e2e" for an end-to-end environment from main. */
  purpose?: string;
  seedJob?: string;
}

export interface EnvironmentDto {
  cluster: ClusterDto;
  summary: EnvironmentSummaryDto;
  lifecycle: LifecycleDto;
  services: ServiceRowDto[];
  ingressRoutes: IngressRouteDto[];
  /** The nginx in front, when the environment has one: its path routes to services. */
  proxy?: { service: string; routes: ProxyRouteDto[] };
  events: WarningEventDto[];
}

export interface ContainerStatusDto {
  name: string;
  state: "running" | "waiting" | "terminated" | "unknown";
  reason?: string;
  ready: boolean;
  restarts: number;
  lastTermination?: { reason?: string; exitCode?: number; finishedAt?: string };
}

export interface PodDto {
  name: string;
  phase: string;
  /** "Running", "CrashLoopBackOff", "Terminating"... as kubectl get pods' STATUS column. */
  status: string;
  ready: string;
  restarts: number;
  lastTermination?: string;
  node?: string;
  ip?: string;
  createdAt: string;
  revision?: number;
  containers: ContainerStatusDto[];
}

export interface ProbeDto {
  kind: string;
  target: string;
  initialDelaySeconds: number;
  periodSeconds: number;
}

export interface ContainerDto {
  name: string;
  image: string;
  ports: Array<{ name?: string; containerPort: number; protocol: string }>;
  requests: Record<string, string>;
  limits: Record<string, string>;
  readinessProbe?: ProbeDto;
  livenessProbe?: ProbeDto;
  startupProbe?: ProbeDto;
  /** Names of environment variables; values are never sent. */
  envNames: string[];
}

export interface RevisionDto {
  revision: number;
  name: string;
  images: string[];
  changeCause?: string;
  replicas: number;
  ready: number;
  createdAt: string;
  current: boolean;
}

export interface ServiceElsewhereDto {
  cluster: string;
  clusterKind: ClusterKind;
  namespace: string;
  branch?: string;
  image: string;
  tag: string;
  ready: number;
  desired: number;
}

export interface ServiceDto {
  cluster: ClusterDto;
  namespace: string;
  environment: EnvironmentSummaryDto;
  service: ServiceRowDto;
  ports: Array<{ name?: string; port: number; targetPort: string; protocol: string }>;
  pods: PodDto[];
  containers: ContainerDto[];
  revisions: RevisionDto[];
  events: WarningEventDto[];
  elsewhere: ServiceElsewhereDto[];
}

export interface SearchHitDto {
  kind: "environment" | "service";
  label: string;
  detail: string;
  href: string;
}
