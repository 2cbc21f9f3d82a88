import { parseMilli, parseUnits, quantityOrUndefined } from "@/lib/kube/quantity";
import type { ContainerSpec } from "@/lib/kube/kinds/pod-template";
import type { AdviceDto } from "../types";
import { recommendResources } from "./recommend-resources";
import { manifestPathOf, renderResourcesYaml } from "./render-resources-yaml";
import type { UsageDigest } from "./summarize-usage";

// One container's advice as shown and served: the recommendation, its YAML and the manifest
// path. The service page and the SRE view both come through here.

export interface ContainerResourcesSpec {
  requests: { cpu?: number; memory?: number };
  limits: { cpu?: number; memory?: number };
}

/** A pod template container's requests and limits as numbers (millicores, bytes). */
export function resourcesOfSpec(container: Pick<ContainerSpec, "requests" | "limits">): ContainerResourcesSpec {
  return {
    requests: { cpu: quantityOrUndefined(container.requests.cpu, parseMilli), memory: quantityOrUndefined(container.requests.memory, parseUnits) },
    limits: { cpu: quantityOrUndefined(container.limits.cpu, parseMilli), memory: quantityOrUndefined(container.limits.memory, parseUnits) },
  };
}

export interface AdviseContainerInput {
  cluster: string;
  namespace: string;
  workload: { name: string; kind: string };
  spec: ContainerResourcesSpec;
  digest?: UsageDigest;
  oomKills: number;
  autoscaledOn: string[];
  manifestPattern: string;
}

export function adviseContainer(input: AdviseContainerInput): AdviceDto {
  const recommendation = recommendResources({ digest: input.digest, ...input.spec, oomKills: input.oomKills, autoscaledOn: input.autoscaledOn, workload: input.workload.name });
  if (recommendation.status !== "advice") return recommendation;
  return {
    ...recommendation,
    yaml: renderResourcesYaml(recommendation),
    manifestPath: manifestPathOf(input.manifestPattern, { service: input.workload.name, kind: input.workload.kind, namespace: input.namespace, cluster: input.cluster }),
  };
}
