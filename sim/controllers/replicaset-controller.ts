// ReplicaSets: keep spec.replicas active pods, created from the template with a controller
// ownerReference, surplus deleted in kubectl's ranking; status counts ready and available pods.
import { clone } from "../core/json";
import type { StoreEvent } from "../store/stored-object";
import type { Pod } from "../types/core";
import type { ReplicaSet } from "../types/workloads";
import { Controller, keyOf, ownerKey } from "./controller-base";
import { deletionOrder, isActive, isAvailable, isReady, ownedBy, ownerRef } from "./pod-utils";
import { splitKey } from "./work-queue";
import { matchesSelector, fromLabelSelector } from "../selectors/label-selector";

/** ReplicaSet status from its active pods; zero counts omitted (omitempty), as on the wire. */
export function replicaSetStatus(rs: ReplicaSet, active: Pod[], available: number): ReplicaSet["status"] {
  const selector = fromLabelSelector(rs.spec.selector);
  const status: Record<string, number | undefined> = {
    replicas: active.length,
    fullyLabeledReplicas: active.filter((p) => matchesSelector(selector, p.metadata.labels)).length,
    readyReplicas: active.filter(isReady).length,
    availableReplicas: available,
    observedGeneration: rs.metadata.generation,
  };
  for (const k of ["fullyLabeledReplicas", "readyReplicas", "availableReplicas"]) if (!status[k]) delete status[k];
  return status as ReplicaSet["status"];
}

export class ReplicaSetController extends Controller {
  protected readonly primary = "replicasets.apps";

  protected keysFor(event: StoreEvent): string[] {
    if (event.resource === "replicasets.apps") return [keyOf(event.object)];
    if (event.resource === "pods") {
      const owner = ownerKey(event, "ReplicaSet");
      // An orphan may be adopted by any ReplicaSet of its namespace.
      if (!owner.length && event.type !== "DELETED") return this.ctx.store.list("replicasets.apps", event.object.namespace).map(keyOf);
      return owner;
    }
    return [];
  }

  protected reconcile(key: string): void {
    const [namespace, name] = splitKey(key);
    const rs = this.get<ReplicaSet>("replicasets.apps", namespace, name);
    if (!rs || rs.metadata.deletionTimestamp) return;
    this.adoptOrphans(rs);
    const pods = ownedBy<Pod>(this.ctx, rs, "pods");
    const active = pods.filter(isActive);
    const desired = rs.spec.replicas ?? 1;
    if (active.length < desired) {
      for (let i = active.length; i < desired; i++) this.createPod(rs);
    } else if (active.length > desired) {
      for (const pod of [...active].sort(deletionOrder).slice(0, active.length - desired)) {
        this.remove("pods", namespace, pod.metadata.name ?? "");
        this.events.record(rs, "Normal", "SuccessfulDelete", `Deleted pod: ${pod.metadata.name}`, { component: "replicaset-controller" });
      }
    }
    this.syncStatus(rs);
  }

  /** Pods matching the selector without a controller become this ReplicaSet's (adoption). */
  private adoptOrphans(rs: ReplicaSet): void {
    const selector = fromLabelSelector(rs.spec.selector);
    if (!selector.length) return;
    for (const stored of this.ctx.store.list("pods", rs.metadata.namespace)) {
      const pod = stored.object as Pod;
      if (pod.metadata.deletionTimestamp || pod.metadata.ownerReferences?.some((r) => r.controller) || !matchesSelector(selector, pod.metadata.labels)) continue;
      this.update("pods", { ...pod, metadata: { ...pod.metadata, ownerReferences: [...(pod.metadata.ownerReferences ?? []), ownerRef(rs)] } });
    }
  }

  private createPod(rs: ReplicaSet): void {
    const template = clone(rs.spec.template);
    const pod: Pod = {
      apiVersion: "v1", kind: "Pod",
      metadata: {
        generateName: `${rs.metadata.name}-`, namespace: rs.metadata.namespace,
        labels: template.metadata?.labels, ...(template.metadata?.annotations ? { annotations: template.metadata.annotations } : {}),
        ownerReferences: [ownerRef(rs)],
      },
      spec: template.spec,
    };
    const created = this.create("pods", pod);
    if (created) this.events.record(rs, "Normal", "SuccessfulCreate", `Created pod: ${created.name}`, { component: "replicaset-controller" });
  }

  private syncStatus(rs: ReplicaSet): void {
    const fresh = this.get<ReplicaSet>("replicasets.apps", rs.metadata.namespace ?? "", rs.metadata.name ?? "");
    if (!fresh) return;
    const active = ownedBy<Pod>(this.ctx, fresh, "pods").filter(isActive);
    const minReady = fresh.spec.minReadySeconds ?? 0;
    const available = active.filter((p) => isAvailable(this.ctx, p, minReady)).length;
    this.update("replicasets.apps", { ...fresh, status: replicaSetStatus(fresh, active, available) }, true);
    if (minReady && available < active.filter(isReady).length) this.queue.addAfter(`${fresh.metadata.namespace}/${fresh.metadata.name}`, minReady * 1000);
  }
}
