// Writes seed objects straight into the store, already in their settled state (no controller
// has to run for them): the same defaults as the API applies, uids, timestamps, placement of
// pods on nodes by their requests.
import type { Ipam } from "../cluster/ipam";
import { newUid } from "../core/hash";
import { toRfc3339 } from "../core/clock";
import { podRequests } from "../controllers/scheduler";
import type { ResourceRegistry } from "../resources/registry";
import { groupVersion, resourceId } from "../resources/resource-def";
import type { Store } from "../store/store";
import type { Node, Pod } from "../types/core";
import type { KObject } from "../types/meta";
import { parseQuantity } from "../core/quantity";

export class SeedWriter {
  private free = new Map<string, { cpu: number; memory: number; pods: number }>();
  private nodes: Node[] = [];
  private seed = 0x9e3779b9;

  constructor(
    readonly store: Store,
    readonly resources: ResourceRegistry,
    readonly ipam: Ipam,
    /** Wall-clock "now" of the seed, ms. */
    readonly now: number,
  ) {}

  /** Deterministic pseudo-random numbers, so demos look the same each time. */
  random(): number {
    this.seed = (Math.imul(this.seed ^ (this.seed >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return this.seed / 2 ** 32;
  }

  time(msAgo: number): string {
    return toRfc3339(this.now - msAgo);
  }

  /** Stores an object with server-side metadata and defaults; returns it. */
  put<T extends KObject>(resource: string, obj: T, createdAt: string, keepStatus = true): T {
    const def = this.resources.get(resource);
    const status = (obj as KObject).status;
    obj.apiVersion = groupVersion(def);
    obj.kind = def.kind;
    obj.metadata.uid ??= newUid();
    obj.metadata.creationTimestamp = createdAt;
    if (def.generation) obj.metadata.generation ??= 1;
    def.prepareCreate?.(obj, { allocateServiceIP: () => this.ipam.allocateServiceIP(), allocateNodePort: () => this.ipam.allocateNodePort(), now: createdAt });
    if (keepStatus && status !== undefined) (obj as KObject).status = status;
    this.store.load(resourceId(def), obj);
    if (resource === "nodes") this.addNode(obj as unknown as Node);
    return obj;
  }

  private addNode(node: Node): void {
    this.nodes.push(node);
    const alloc = node.status?.allocatable ?? {};
    this.free.set(node.metadata.name ?? "", { cpu: parseQuantity(alloc.cpu ?? "0"), memory: parseQuantity(alloc.memory ?? "0"), pods: parseQuantity(alloc.pods ?? "110") });
  }

  /** The node with the most free CPU that fits the pod (the scheduler's choice). */
  place(pod: Pod): Node {
    const req = podRequests(pod);
    let best: Node | undefined;
    let bestFree = -Infinity;
    for (const node of this.nodes) {
      const f = this.free.get(node.metadata.name ?? "")!;
      if (f.pods < 1 || f.cpu < req.cpu || f.memory < req.memory) continue;
      if (f.cpu > bestFree) {
        best = node;
        bestFree = f.cpu;
      }
    }
    best ??= this.nodes[Math.floor(this.random() * this.nodes.length)]!;
    const f = this.free.get(best.metadata.name ?? "")!;
    this.free.set(best.metadata.name ?? "", { cpu: f.cpu - req.cpu, memory: f.memory - req.memory, pods: f.pods - 1 });
    return best;
  }

  /** A generateName suffix (5 characters of the apiserver's alphabet). */
  suffix(): string {
    const safe = "bcdfghjklmnpqrstvwxz2456789";
    return Array.from({ length: 5 }, () => safe[Math.floor(this.random() * safe.length)]).join("");
  }

  zoneOf(node: string | undefined): string | undefined {
    return this.nodes.find((n) => n.metadata.name === node)?.metadata.labels?.["topology.kubernetes.io/zone"];
  }

  hexId(length: number): string {
    let out = "";
    while (out.length < length) out += Math.floor(this.random() * 16).toString(16);
    return out;
  }
}
