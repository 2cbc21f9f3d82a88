// EndpointSlices for Services with selectors (what kubectl 1.32's `describe service` reads):
// one slice per set of resolved ports, owned by the Service, endpoints with ready/serving/
// terminating conditions, node and zone.
import { deepEqual } from "../core/json";
import type { StoreEvent } from "../store/stored-object";
import type { EndpointSubset, Node, Pod, Service } from "../types/core";
import type { KObject } from "../types/meta";
import { Controller, keyOf } from "./controller-base";
import { endpointSubsets } from "./endpoints-controller";
import { ownerRef } from "./pod-utils";
import { splitKey } from "./work-queue";

const SERVICE_NAME = "kubernetes.io/service-name";
const MANAGED_BY = "endpointslice.kubernetes.io/managed-by";
const RESOURCE = "endpointslices.discovery.k8s.io";

export interface EndpointSliceBody {
  addressType: "IPv4";
  endpoints: Array<Record<string, unknown>>;
  ports: Array<{ name?: string; port: number; protocol?: string }>;
}

/** The slices' contents for a Service's endpoint subsets; `zoneOf` maps node to zone. */
export function sliceBodies(subsets: EndpointSubset[], zoneOf: (node?: string) => string | undefined): EndpointSliceBody[] {
  return subsets.map((subset) => {
    const entry = (a: NonNullable<EndpointSubset["addresses"]>[number], ready: boolean) => {
      const zone = zoneOf(a.nodeName);
      return {
        addresses: [a.ip], conditions: { ready, serving: ready, terminating: false },
        ...(a.nodeName ? { nodeName: a.nodeName } : {}), ...(a.targetRef ? { targetRef: a.targetRef } : {}), ...(zone ? { zone } : {}),
      };
    };
    return {
      addressType: "IPv4",
      endpoints: [...(subset.addresses ?? []).map((a) => entry(a, true)), ...(subset.notReadyAddresses ?? []).map((a) => entry(a, false))],
      ports: subset.ports ?? [],
    };
  });
}

export function sliceMetadata(svc: Service, generateName = true): KObject["metadata"] {
  return {
    ...(generateName ? { generateName: `${svc.metadata.name}-` } : {}),
    namespace: svc.metadata.namespace,
    labels: { ...svc.metadata.labels, [SERVICE_NAME]: svc.metadata.name ?? "", [MANAGED_BY]: "endpointslice-controller.k8s.io" },
    ownerReferences: [ownerRef(svc)],
  };
}

export class EndpointSliceController extends Controller {
  protected readonly primary = "services";

  protected keysFor(event: StoreEvent): string[] {
    if (event.resource === "endpoints") return [keyOf(event.object)];
    if (event.resource === "services" && event.type !== "DELETED") return [keyOf(event.object)];
    return [];
  }

  private zoneOf = (node?: string) => (node ? (this.get<Node>("nodes", "", node)?.metadata.labels?.["topology.kubernetes.io/zone"]) : undefined);

  protected reconcile(key: string): void {
    const [namespace, name] = splitKey(key);
    const svc = this.get<Service>("services", namespace, name);
    if (!svc?.spec?.selector || Object.keys(svc.spec.selector).length === 0) return;
    const pods = this.ctx.store.list("pods", namespace).map((s) => s.object as Pod);
    const wanted = sliceBodies(endpointSubsets(svc, pods), this.zoneOf);
    if (!wanted.length) wanted.push({ addressType: "IPv4", endpoints: [], ports: [] });
    const existing = this.ctx.store.list(RESOURCE, namespace).map((s) => s.object).filter((o) => o.metadata.labels?.[SERVICE_NAME] === name);
    wanted.forEach((body, i) => {
      const slice = existing[i];
      if (!slice) this.create(RESOURCE, { apiVersion: "discovery.k8s.io/v1", kind: "EndpointSlice", metadata: sliceMetadata(svc), ...body });
      else if (!deepEqual({ addressType: slice.addressType, endpoints: slice.endpoints, ports: slice.ports }, body)) this.update(RESOURCE, { ...slice, ...body });
    });
    for (const extra of existing.slice(wanted.length)) this.remove(RESOURCE, namespace, extra.metadata.name ?? "");
  }
}
