// Records core/v1 Events like client-go's recorder: named <object>.<hex nanoseconds>,
// repeated (object, reason, message) within 10 minutes aggregated into count/lastTimestamp,
// and expired after an hour of simulated time.
import type { ClusterContext } from "../cluster/context";
import { createObject } from "../registry/create-object";
import { updateObject } from "../registry/update-object";
import type { CoreEvent } from "../types/core";
import type { KObject } from "../types/meta";

export interface EventSource {
  component: string;
  host?: string;
}

const AGGREGATE_MS = 10 * 60 * 1000;
const TTL_MS = 60 * 60 * 1000;

export class EventRecorder {
  private recent = new Map<string, { name: string; namespace: string; at: number }>();
  private counter = 0n;
  private sweeps = 0;

  constructor(private readonly ctx: ClusterContext) {}

  record(obj: KObject, type: "Normal" | "Warning", reason: string, message: string, source: EventSource, fieldPath?: string): void {
    const events = this.ctx.resources.get("events");
    const namespace = obj.metadata.namespace || "default";
    const key = [obj.metadata.uid, fieldPath ?? "", type, reason, message].join("\u0000");
    const now = this.ctx.clock.nowRfc3339();
    const seen = this.recent.get(key);
    try {
      const existing = seen && this.ctx.clock.simElapsedSince(new Date(seen.at).toISOString()) < AGGREGATE_MS
        ? this.ctx.store.get("events", seen.namespace, seen.name) : undefined;
      if (existing) {
        const ev = existing.copy<CoreEvent>();
        ev.count = (ev.count ?? 1) + 1;
        ev.lastTimestamp = now;
        updateObject(this.ctx, events, seen!.namespace, seen!.name, ev, { skipValidation: true });
        seen!.at = this.ctx.clock.now();
        return;
      }
      const nanos = BigInt(this.ctx.clock.now()) * 1_000_000n + (this.counter++ % 1_000_000n);
      const event: CoreEvent = {
        metadata: { name: `${obj.metadata.name}.${nanos.toString(16)}`, namespace },
        involvedObject: {
          kind: obj.kind, namespace: obj.metadata.namespace, name: obj.metadata.name, uid: obj.metadata.uid,
          apiVersion: obj.apiVersion, resourceVersion: obj.metadata.resourceVersion, ...(fieldPath ? { fieldPath } : {}),
        },
        reason, message, source: { component: source.component, ...(source.host ? { host: source.host } : {}) },
        firstTimestamp: now, lastTimestamp: now, count: 1, type,
        eventTime: null, reportingComponent: source.component, reportingInstance: source.host ?? "",
      };
      const stored = createObject(this.ctx, events, event, { skipValidation: true });
      this.recent.set(key, { name: stored.name, namespace, at: this.ctx.clock.now() });
    } catch {
      // The namespace is gone or terminating: the event is dropped, as the apiserver would.
    }
    if (++this.sweeps % 200 === 0) this.expire();
  }

  /** Deletes events older than the TTL (etcd leases do this for real clusters). */
  expire(): void {
    for (const stored of this.ctx.store.list("events")) {
      const ev = stored.object as CoreEvent;
      if (this.ctx.clock.simElapsedSince(ev.lastTimestamp ?? ev.metadata.creationTimestamp) > TTL_MS) {
        this.ctx.store.remove("events", stored.namespace, stored.name);
      }
    }
    for (const [key, value] of this.recent) if (Date.now() - value.at > AGGREGATE_MS) this.recent.delete(key);
  }
}
