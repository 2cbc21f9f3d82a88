import { LABEL_TEAM } from "@/lib/conventions/branch-environments";
import { parseImageReference } from "@/lib/kube/image-reference";
import type { ServiceParts } from "./collect-services";
import { rolloutProgress } from "./rollout-progress";
import type { ServiceRowDto } from "./types";
import { rolloutStatus, worstProblem } from "./workload-health";

/** "registry.example.com:5000/learn:abc123" -> "abc123"; digests keep "sha256:..."; no tag -> "latest". */
export function imageTag(image: string): string {
  const { tag, digest } = parseImageReference(image);
  return digest ?? tag ?? "latest";
}

/** The in-namespace address other services use: "http://learn" (the port only when not 80). */
export function serviceAddress(parts: ServiceParts): string | undefined {
  const port = parts.service?.ports[0]?.port;
  if (!parts.service) return undefined;
  return port === undefined || port === 80 ? `http://${parts.service.name}` : `http://${parts.service.name}:${port}`;
}

export function summarizeService(parts: ServiceParts): ServiceRowDto {
  const { workload, pods } = parts;
  const image = workload.containers[0]?.image ?? "";
  return {
    name: workload.name,
    kind: workload.kind,
    address: serviceAddress(parts),
    image,
    tag: imageTag(image),
    team: workload.labels[LABEL_TEAM],
    replicas: {
      desired: workload.replicas,
      ready: workload.status.readyReplicas,
      available: workload.status.availableReplicas,
      updated: workload.status.updatedReplicas,
    },
    rollout: rolloutStatus(workload),
    progress: rolloutProgress(parts),
    generation: workload.generation,
    paused: workload.paused,
    restarts: pods.reduce((sum, pod) => sum + pod.containers.reduce((s, c) => s + c.restartCount, 0), 0),
    problem: worstProblem(pods),
    createdAt: workload.createdAt,
  };
}

/** Ready: every desired replica is ready and no pod of it has a problem. */
export function isServiceReady(row: ServiceRowDto): boolean {
  return row.replicas.ready >= row.replicas.desired && !row.problem;
}
