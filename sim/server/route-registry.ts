// The extension seam of the HTTP server. Part 2 of the embedded cluster (usage/metrics, logs,
// exec) plugs in here without touching the core handlers:
//  - addPath: raw paths outside the Kubernetes API (/metrics/cadvisor, /sim/...);
//  - addSubresource: subresources of stored kinds (pods/log, pods/exec), HTTP and WebSocket;
//  - addApiGroup: API groups that are not stored objects (metrics.k8s.io), with discovery.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Duplex } from "node:stream";

/** A resource as discovery lists it (APIResource). */
export interface DiscoveryResource {
  name: string;
  singularName: string;
  namespaced: boolean;
  kind: string;
  verbs: string[];
  shortNames?: string[];
  categories?: string[];
  /** Subresource responses of another group (deployments/scale -> autoscaling/v1 Scale). */
  group?: string;
  version?: string;
}

export interface HttpRoute {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  /** Parsed target of a subresource request. */
  namespace?: string;
  name?: string;
}

export type HttpHandler = (route: HttpRoute) => Promise<void> | void;
export type UpgradeHandler = (req: IncomingMessage, socket: Duplex, head: Buffer, route: Omit<HttpRoute, "res" | "req">) => void;

export interface SubresourceRoute {
  /** Discovery entry (kind, verbs) for `<resource>/<subresource>`; omit to stay undiscoverable. */
  discovery?: Omit<DiscoveryResource, "name" | "namespaced" | "singularName">;
  handle: HttpHandler;
  upgrade?: UpgradeHandler;
}

export interface ApiGroupRoute {
  group: string;
  version: string;
  resources: DiscoveryResource[];
  /** Serves every path under /apis/<group>/<version>/ (discovery of the version excepted). */
  handle: HttpHandler;
}

export class RouteRegistry {
  readonly paths = new Map<string, HttpHandler>();
  readonly subresources = new Map<string, SubresourceRoute>();
  readonly apiGroups: ApiGroupRoute[] = [];

  addPath(prefix: string, handler: HttpHandler): void {
    this.paths.set(prefix, handler);
  }

  /** `resourceId` is the store id ("pods", "deployments.apps"). Replaces an earlier route. */
  addSubresource(resourceId: string, subresource: string, route: SubresourceRoute): void {
    this.subresources.set(`${resourceId}/${subresource}`, route);
  }

  addApiGroup(route: ApiGroupRoute): void {
    this.apiGroups.push(route);
  }

  findPath(pathname: string): HttpHandler | undefined {
    for (const [prefix, handler] of this.paths) if (pathname === prefix || pathname.startsWith(prefix.endsWith("/") ? prefix : `${prefix}/`)) return handler;
    return undefined;
  }

  findSubresource(resourceId: string, subresource: string): SubresourceRoute | undefined {
    return this.subresources.get(`${resourceId}/${subresource}`);
  }

  findApiGroup(group: string, version?: string): ApiGroupRoute | undefined {
    return this.apiGroups.find((g) => g.group === group && (version === undefined || g.version === version));
  }
}
