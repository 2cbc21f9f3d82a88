import "server-only";
import { collectServices, type ServiceParts } from "@/lib/environments/collect-services";
import { LookupError } from "@/lib/environments/lookup-error";
import { resolveEnvironment, validateServiceName } from "@/lib/environments/resolve-target";
import type { ClusterRuntime } from "@/lib/kube/cluster-runtime";
import type { Clusters } from "@/lib/kube/clusters";
import { consoleCommandOf } from "./console-command";
import { defaultContainerOf } from "./pods/build-console-pod";
import { readWorkload } from "./pods/console-pods";

// The service a console is asked for, as the cluster has it now: its workload (read in full:
// the pod template's default-container annotation is not in the watch cache), its running pods,
// and the console command it configures. LookupError (400/404/503) when it is not there.

export interface ConsoleService {
  runtime: ClusterRuntime;
  environment: "staging" | "production";
  parts: ServiceParts;
  containers: Array<{ name: string; image: string }>;
  defaultContainer: string;
  command: string[];
  /** Pods a console could use instead of a one-off pod. */
  runningPods: ServiceParts["pods"];
}

export async function resolveConsoleService(clusters: Clusters, cluster: string, namespace: string, service: string): Promise<ConsoleService> {
  validateServiceName(service);
  const { runtime } = await resolveEnvironment(clusters, cluster, namespace);
  const parts = collectServices(runtime.caches, namespace).find((p) => p.workload.name === service);
  if (!parts) throw new LookupError(404, `service "${service}" not found in environment "${namespace}" of cluster "${cluster}"`);
  const workload = await readWorkload(runtime.connection, namespace, parts.workload.kind, service);
  const containers = parts.workload.containers.map((c) => ({ name: c.name, image: c.image }));
  const annotations = { ...((workload.metadata as { annotations?: Record<string, string> })?.annotations ?? {}) };
  return {
    runtime,
    environment: runtime.config.environment,
    parts,
    containers,
    defaultContainer: defaultContainerOf(workload) ?? containers[0]?.name ?? "",
    command: consoleCommandOf(annotations),
    runningPods: parts.pods.filter((p) => p.phase === "Running" && !p.deleting),
  };
}
