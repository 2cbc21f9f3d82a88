// What the write path needs from the cluster.
import type { Ipam } from "../cluster/ipam";
import type { Clock } from "../core/clock";
import type { ResourceRegistry } from "../resources/registry";
import type { DefaultContext, ResourceDef } from "../resources/resource-def";
import type { Store } from "../store/store";

export interface WriterContext {
  store: Store;
  resources: ResourceRegistry;
  clock: Clock;
  ipam: Ipam;
}

export interface WriteOptions {
  /** Field manager recorded in managedFields; omitted for controller writes (not tracked). */
  manager?: string;
  dryRun?: boolean;
  /** "status" or "scale" when the write came through a subresource. */
  subresource?: string;
  /** apiVersion the client used (managedFields entries record it). */
  apiVersion?: string;
  /** Controller writes skip validation, as the real controllers only write valid objects. */
  skipValidation?: boolean;
  /** managedFields already computed (server-side apply). */
  ownershipDone?: boolean;
}

export function defaultContext(ctx: WriterContext): DefaultContext {
  return {
    allocateServiceIP: () => ctx.ipam.allocateServiceIP(),
    allocateNodePort: () => ctx.ipam.allocateNodePort(),
    now: ctx.clock.nowRfc3339(),
  };
}

export const gr = (def: ResourceDef) => ({ group: def.group, resource: def.resource });
