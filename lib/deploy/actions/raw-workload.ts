// The fields of a Deployment or StatefulSet that actions read, as the API server sends them.

export interface RawContainer {
  name: string;
  image?: string;
  [key: string]: unknown;
}

export interface RawPodTemplate {
  metadata?: { labels?: Record<string, string>; annotations?: Record<string, string>; [key: string]: unknown };
  spec: { containers: RawContainer[]; [key: string]: unknown };
}

export interface RawWorkload {
  metadata: { name: string; namespace: string; uid: string; resourceVersion: string; generation?: number; labels?: Record<string, string>; annotations?: Record<string, string> };
  spec: { replicas?: number; paused?: boolean; selector: { matchLabels?: Record<string, string> }; template: RawPodTemplate };
}

/** What an action answers: kubectl's line for it, and what the page follows next. */
export interface ActionResultDto {
  cluster: string;
  namespace: string;
  service: string;
  kind: "Deployment" | "StatefulSet";
  /** "deployment.apps/learn restarted", as kubectl says it. */
  message: string;
  /** The generation after the change: the rollout is observed once status.observedGeneration reaches it. */
  generation: number;
  changeCause?: string;
  /** Something to know that did not stop the action (an autoscaler that may undo a scale). */
  warning?: string;
}

export const kubectlName = (kind: RawWorkloadKind, name: string) => `${kind.toLowerCase()}.apps/${name}`;
export type RawWorkloadKind = "Deployment" | "StatefulSet";
