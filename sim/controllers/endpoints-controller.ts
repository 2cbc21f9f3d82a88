// Endpoints for Services with selectors: ready pods as addresses, others as
// notReadyAddresses, target ports resolved by number or by container port name.
import type { StoreEvent } from "../store/stored-object";
import type { EndpointSubset, Endpoints, Pod, Service, ServicePort } from "../types/core";
import { deepEqual } from "../core/json";
import { Controller, keyOf } from "./controller-base";
import { isReady, isTerminal } from "./pod-utils";
import { splitKey } from "./work-queue";

function selects(svc: Service, pod: Pod): boolean {
  const selector = svc.spec?.selector;
  if (!selector || Object.keys(selector).length === 0) return false;
  return Object.entries(selector).every(([k, v]) => pod.metadata.labels?.[k] === v);
}

function resolvePort(pod: Pod, port: ServicePort): number | undefined {
  const target = port.targetPort ?? port.port;
  if (typeof target === "number") return target;
  if (/^\d+$/.test(target)) return Number(target);
  for (const c of pod.spec.containers) {
    const match = c.ports?.find((p) => p.name === target && (p.protocol ?? "TCP") === (port.protocol ?? "TCP"));
    if (match) return match.containerPort;
  }
  return undefined;
}

/** The subsets of a Service's Endpoints for the pods of its namespace. */
export function endpointSubsets(svc: Service, candidates: Pod[]): EndpointSubset[] {
  const namespace = svc.metadata.namespace;
  const subsets = new Map<string, EndpointSubset>();
  const pods = candidates.filter((p) => selects(svc, p) && p.status?.podIP && !isTerminal(p));
  for (const pod of pods) {
    const ports = (svc.spec?.ports ?? []).flatMap((sp) => {
      const port = resolvePort(pod, sp);
      return port === undefined ? [] : [{ ...(sp.name ? { name: sp.name } : {}), port, protocol: sp.protocol ?? "TCP" }];
    });
    const groupKey = JSON.stringify(ports);
    const subset = subsets.get(groupKey) ?? { ports };
    const address = {
      ip: pod.status!.podIP!, nodeName: pod.spec.nodeName,
      targetRef: { kind: "Pod", namespace, name: pod.metadata.name, uid: pod.metadata.uid },
    };
    const ready = isReady(pod) && !pod.metadata.deletionTimestamp;
    if (ready) subset.addresses = [...(subset.addresses ?? []), address];
    else subset.notReadyAddresses = [...(subset.notReadyAddresses ?? []), address];
    subsets.set(groupKey, subset);
  }
  const byIp = (a: { ip: string }, b: { ip: string }) => a.ip.localeCompare(b.ip, undefined, { numeric: true });
  const list = [...subsets.values()].map((s) => ({
    ...(s.addresses ? { addresses: s.addresses.sort(byIp) } : {}),
    ...(s.notReadyAddresses ? { notReadyAddresses: s.notReadyAddresses.sort(byIp) } : {}),
    ...(s.ports?.length ? { ports: s.ports } : {}),
  }));
  return list;
}

export class EndpointsController extends Controller {
  protected readonly primary = "services";

  protected keysFor(event: StoreEvent): string[] {
    if (event.resource === "services") return [keyOf(event.object)];
    if (event.resource !== "pods") return [];
    const pods = [event.object.object, event.previous?.object].filter(Boolean) as Pod[];
    return this.ctx.store.list("services", event.object.namespace)
      .filter((s) => pods.some((p) => selects(s.object as Service, p)))
      .map(keyOf);
  }

  protected reconcile(key: string): void {
    const [namespace, name] = splitKey(key);
    const svc = this.get<Service>("services", namespace, name);
    const existing = this.get<Endpoints>("endpoints", namespace, name);
    if (!svc) {
      if (existing) this.remove("endpoints", namespace, name);
      return;
    }
    if (!svc.spec?.selector || Object.keys(svc.spec.selector).length === 0) return;
    const pods = this.ctx.store.list("pods", namespace).map((s) => s.object as Pod);
    const list = endpointSubsets(svc, pods);
    const labels = svc.metadata.labels;
    const desired: Endpoints = {
      apiVersion: "v1", kind: "Endpoints",
      metadata: { name, namespace, ...(labels ? { labels } : {}) },
      ...(list.length ? { subsets: list } : {}),
    };
    if (!existing) {
      this.create("endpoints", desired);
    } else if (!deepEqual(existing.subsets, desired.subsets) || !deepEqual(existing.metadata.labels, labels)) {
      const next: Endpoints = { ...existing, metadata: { ...existing.metadata, labels } };
      if (desired.subsets) next.subsets = desired.subsets;
      else delete next.subsets;
      this.update("endpoints", next);
    }
  }
}
