import "server-only";
import { resolveEnvironment } from "@/lib/environments/resolve-target";
import { resourcesOfSpec } from "../advice/advise-container";
import { workloadContainers } from "../cluster/workload-containers";
import { containerFlags, figuresOf } from "../live/container-flags";
import { usageAvailability } from "../live/describe-live-containers";
import type { ResourcesContext } from "../resources-context";
import type { FlagDto, NamespaceResourcesDto, ServiceUsageCellDto } from "../types";

// The resources column of an environment's services: per service and replica, what its pod
// template requests and limits (all containers), what a replica uses now on average, and the
// live flags of its replicas. History-based judgements (waste) are the service page's job.

const add = (a: number | undefined, b: number | undefined) => (b === undefined ? a : (a ?? 0) + b);

export async function getNamespaceResources(ctx: ResourcesContext, cluster: string, namespace: string): Promise<NamespaceResourcesDto> {
  const { runtime } = await resolveEnvironment(ctx.clusters, cluster, namespace);
  const resources = ctx.resourcesOf(runtime);
  const state = await resources.poller.current();
  const usage = usageAvailability(state);
  const nowMs = ctx.now();
  const cells = new Map<string, ServiceUsageCellDto & { perPod: Map<string, { cpu: number; memory: number }>; flagMap: Map<string, FlagDto> }>();
  for (const c of workloadContainers(runtime.caches, usage.available ? state.snapshot : undefined, [namespace])) {
    const spec = c.workload.containers.find((s) => s.name === c.container)!;
    let cell = cells.get(c.workload.name);
    if (!cell) cells.set(c.workload.name, (cell = { service: c.workload.name, replicas: c.workload.replicas, requests: {}, limits: {}, usage: {}, flags: [], perPod: new Map(), flagMap: new Map() }));
    const template = resourcesOfSpec(spec);
    for (const p of c.pods) {
      const own = p.state.resources ?? {};
      if (p.usage) {
        const total = cell.perPod.get(p.pod.name) ?? { cpu: 0, memory: 0 };
        cell.perPod.set(p.pod.name, { cpu: total.cpu + p.usage.cpu, memory: total.memory + p.usage.memory });
      }
      const usageOf = usage.available ? p.usage : undefined;
      for (const f of containerFlags({ cpu: figuresOf(usageOf?.cpu, own.cpuRequestMilli, own.cpuLimitMilli), memory: figuresOf(usageOf?.memory, own.memoryRequestBytes, own.memoryLimitBytes), restarts: p.state.restartCount, lastTermination: p.state.lastTermination, nowMs })) {
        if (!f.id.endsWith("-waste")) cell.flagMap.set(f.id, f);
      }
    }
    cell.requests = { cpu: add(cell.requests.cpu, template.requests.cpu), memory: add(cell.requests.memory, template.requests.memory) };
    cell.limits = { cpu: add(cell.limits.cpu, template.limits.cpu), memory: add(cell.limits.memory, template.limits.memory) };
  }
  const services = [...cells.values()].map(({ perPod, flagMap, ...cell }) => {
    const pods = [...perPod.values()];
    const mean = (pick: (u: { cpu: number; memory: number }) => number) => (pods.length ? pods.reduce((s, u) => s + pick(u), 0) / pods.length : undefined);
    return { ...cell, usage: { cpu: mean((u) => u.cpu), memory: mean((u) => u.memory) }, flags: [...flagMap.values()] };
  });
  return { cluster, namespace, usage, services: services.sort((a, b) => a.service.localeCompare(b.service)) };
}
