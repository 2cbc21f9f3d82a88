import "server-only";
import { subjectOf, type Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/can";
import type { Clusters } from "@/lib/kube/clusters";
import { consoleSettings } from "../console-settings";
import { resolveConsoleService } from "../resolve-console-service";
import type { ConsoleTargetDto } from "../types";

// What the "Open console" form offers for a service: its containers (the default as kubectl
// picks it), the console command it configures, the running pods one may use instead of a
// one-off pod, and whether this person may run another command or needs an approval.

export async function getConsoleTarget(clusters: Clusters, actor: Actor, cluster: string, namespace: string, service: string): Promise<ConsoleTargetDto> {
  const found = await resolveConsoleService(clusters, cluster, namespace, service);
  const target = { cluster, environment: found.environment, namespace };
  return {
    cluster,
    environment: found.environment,
    namespace,
    service,
    workloadKind: found.parts.workload.kind,
    containers: found.containers,
    defaultContainer: found.defaultContainer,
    command: found.command,
    pods: found.runningPods.map((p) => ({ name: p.name, status: p.phase, createdAt: p.createdAt })),
    canRunArbitrary: can(subjectOf(actor), "console.run-arbitrary", target).allowed,
    needsApproval: found.environment === "production",
    maxMinutes: consoleSettings().maxMinutes,
  };
}
