// Core v1 shapes used by the controllers (pods, nodes, services, endpoints, events).
import type { Condition, KObject, LabelSelector } from "./meta";

export interface ResourceRequirements {
  requests?: Record<string, string>;
  limits?: Record<string, string>;
}

export interface Probe {
  initialDelaySeconds?: number;
  periodSeconds?: number;
  [key: string]: unknown;
}

export interface ContainerPort {
  name?: string;
  containerPort: number;
  protocol?: string;
}

export interface Container {
  name: string;
  image?: string;
  imagePullPolicy?: string;
  ports?: ContainerPort[];
  resources?: ResourceRequirements;
  readinessProbe?: Probe;
  livenessProbe?: Probe;
  [key: string]: unknown;
}

export interface PodSpec {
  containers: Container[];
  initContainers?: Container[];
  nodeName?: string;
  nodeSelector?: Record<string, string>;
  restartPolicy?: "Always" | "OnFailure" | "Never";
  terminationGracePeriodSeconds?: number;
  tolerations?: Array<{ key?: string; operator?: string; value?: string; effect?: string }>;
  [key: string]: unknown;
}

export interface ContainerState {
  waiting?: { reason?: string; message?: string };
  running?: { startedAt?: string };
  terminated?: { exitCode: number; reason?: string; message?: string; startedAt?: string; finishedAt?: string; containerID?: string; signal?: number };
}

export interface ContainerStatus {
  name: string;
  image: string;
  imageID: string;
  containerID?: string;
  ready: boolean;
  started?: boolean;
  restartCount: number;
  state: ContainerState;
  lastState: ContainerState;
  [key: string]: unknown;
}

export interface PodStatus {
  phase?: "Pending" | "Running" | "Succeeded" | "Failed" | "Unknown";
  conditions?: Condition[];
  hostIP?: string;
  hostIPs?: Array<{ ip: string }>;
  podIP?: string;
  podIPs?: Array<{ ip: string }>;
  startTime?: string;
  qosClass?: string;
  reason?: string;
  message?: string;
  containerStatuses?: ContainerStatus[];
  initContainerStatuses?: ContainerStatus[];
  [key: string]: unknown;
}

export interface PodTemplate {
  metadata?: { labels?: Record<string, string>; annotations?: Record<string, string>; [key: string]: unknown };
  spec: PodSpec;
}

export interface Pod extends KObject {
  spec: PodSpec;
  status?: PodStatus;
}

export interface Node extends KObject {
  spec?: { unschedulable?: boolean; podCIDR?: string; taints?: Array<{ key: string; value?: string; effect: string }> };
  status?: { allocatable?: Record<string, string>; capacity?: Record<string, string>; conditions?: Condition[]; addresses?: Array<{ type: string; address: string }>; [key: string]: unknown };
}

export interface ServicePort {
  name?: string;
  port: number;
  targetPort?: number | string;
  protocol?: string;
  nodePort?: number;
}

export interface Service extends KObject {
  spec?: { selector?: Record<string, string>; ports?: ServicePort[]; type?: string; clusterIP?: string; [key: string]: unknown };
}

export interface EndpointSubset {
  addresses?: Array<{ ip: string; nodeName?: string; targetRef?: Record<string, unknown> }>;
  notReadyAddresses?: Array<{ ip: string; nodeName?: string; targetRef?: Record<string, unknown> }>;
  ports?: Array<{ name?: string; port: number; protocol?: string }>;
}

export interface Endpoints extends KObject {
  subsets?: EndpointSubset[];
}

export interface Namespace extends KObject {
  spec?: { finalizers?: string[] };
  status?: { phase?: "Active" | "Terminating"; conditions?: Condition[] };
}

export interface ObjectReference {
  apiVersion?: string;
  kind?: string;
  name?: string;
  namespace?: string;
  uid?: string;
  resourceVersion?: string;
  fieldPath?: string;
}

export interface CoreEvent extends KObject {
  involvedObject: ObjectReference;
  reason?: string;
  message?: string;
  type?: "Normal" | "Warning";
  count?: number;
  firstTimestamp?: string;
  lastTimestamp?: string;
  source?: { component?: string; host?: string };
}

export type { LabelSelector };
