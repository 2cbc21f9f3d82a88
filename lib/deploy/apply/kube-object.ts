// A Kubernetes object as read from a manifest and sent to the API server: plain JSON.

export interface KubeObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string>; annotations?: Record<string, string>; [key: string]: unknown };
  [key: string]: unknown;
}

/** Where manifests came from, for messages and the deploy's answer. */
export interface SourcedObject {
  service: string;
  path: string;
  object: KubeObject;
}
