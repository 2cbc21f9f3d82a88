import "server-only";
import type { KubeConnection } from "@/lib/kube/kube-connection";
import { kubeErrorStatus } from "@/lib/kube/kube-connection";
import { buildConsolePod } from "./build-console-pod";

// Creating and deleting one-off console pods through Pier's connection to the cluster.

const workloadPaths = { Deployment: "deployments", StatefulSet: "statefulsets" } as const;

export interface ConsolePodRequest {
  sessionId: string;
  namespace: string;
  workloadKind: string;
  workload: string;
  container: string;
  user: string;
  reason: string;
  maxSeconds: number;
}

/** Reads the workload as the API has it (its full pod template, env values included: they stay on the server). */
export async function readWorkload(connection: KubeConnection, namespace: string, kind: string, name: string): Promise<Record<string, unknown>> {
  const plural = workloadPaths[kind as keyof typeof workloadPaths];
  if (!plural) throw new Error(`consoles run from Deployments and StatefulSets, not ${kind}`);
  return connection.getJson<Record<string, unknown>>(`/apis/apps/v1/namespaces/${namespace}/${plural}/${name}`);
}

/** Creates the pod; answers its name. */
export async function createConsolePod(connection: KubeConnection, request: ConsolePodRequest): Promise<string> {
  const workload = await readWorkload(connection, request.namespace, request.workloadKind, request.workload);
  const manifest = buildConsolePod({ sessionId: request.sessionId, workload, container: request.container, user: request.user, reason: request.reason, maxSeconds: request.maxSeconds });
  const { body } = await connection.send<{ metadata: { name: string } }>("POST", `/api/v1/namespaces/${request.namespace}/pods`, manifest);
  return body.metadata.name;
}

/** Deletes a console pod; one already gone is fine. */
export async function deleteConsolePod(connection: KubeConnection, namespace: string, pod: string): Promise<void> {
  try {
    await connection.send("DELETE", `/api/v1/namespaces/${namespace}/pods/${pod}`, { gracePeriodSeconds: 2, propagationPolicy: "Background" });
  } catch (error) {
    if (kubeErrorStatus(error) !== 404) throw error;
  }
}
