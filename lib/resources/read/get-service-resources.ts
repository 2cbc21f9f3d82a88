import "server-only";
import { adviseContainer, resourcesOfSpec } from "../advice/advise-container";
import { confidenceDays } from "../advice/summarize-usage";
import { workloadContainers, type PodContainer } from "../cluster/workload-containers";
import { describeLiveContainer, usageAvailability } from "../live/describe-live-containers";
import type { ResourcesContext } from "../resources-context";
import { historyRanges, type ServiceResourcesDto } from "../types";
import { findWorkload } from "./find-workload";
import { loadWorkloadHistory } from "./load-workload-history";

// A service's resources: every replica's usage against its request and limit now (with flags),
// and per container the template's resources and the advice from its history.

/** Running replicas and crash-looping ones (an OOM-killed container waiting to restart is the
 * one to show); a pod still being created has nothing to compare yet. */
function isLiveReplica(p: PodContainer): boolean {
  return p.state.state === "running" || p.usage !== undefined || p.state.restartCount > 0;
}

export async function getServiceResources(ctx: ResourcesContext, cluster: string, namespace: string, service: string): Promise<ServiceResourcesDto> {
  const { resources, parts } = await findWorkload(ctx, cluster, namespace, service);
  const nowMs = ctx.now();
  const [state, history] = await Promise.all([resources.poller.current(), loadWorkloadHistory(ctx, cluster, namespace, service, nowMs)]);
  const usage = usageAvailability(state);
  const snapshot = usage.available ? state.snapshot : undefined;
  const live = workloadContainers(resources.runtime.caches, snapshot, [namespace])
    .filter((c) => c.workload.name === service && c.workload.kind === parts.workload.kind)
    .flatMap((c) => {
      const digest = history.digests.get(c.container);
      const basis = digest && confidenceDays(digest) >= 1 ? { cpuP95: digest.cpu.p95, memoryPeak: digest.memoryPeak, days: digest.historyHours / 24 } : undefined;
      return c.pods.filter(isLiveReplica).map((p) => describeLiveContainer(c.container, p, usage.available, nowMs, basis));
    })
    .sort((a, b) => a.pod.localeCompare(b.pod) || a.container.localeCompare(b.container));
  const containers = parts.workload.containers.map((spec) => {
    const resourcesSpec = resourcesOfSpec(spec);
    const advice = adviseContainer({
      cluster, namespace, workload: parts.workload, spec: resourcesSpec, digest: history.digests.get(spec.name), oomKills: history.oomKills.get(spec.name) ?? 0,
      autoscaledOn: resources.autoscaledOn(namespace, parts.workload.kind, service, spec.name), manifestPattern: ctx.manifestPattern,
    });
    if (history.problem && advice.status === "none") advice.reason = history.problem;
    return { name: spec.name, ...resourcesSpec, advice };
  });
  return {
    cluster, namespace, service, kind: parts.workload.kind, usage, live, containers,
    history: { source: resources.prometheus ? "prometheus" : "pier", ranges: [...historyRanges] },
  };
}
