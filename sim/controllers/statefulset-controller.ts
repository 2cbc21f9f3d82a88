// StatefulSets, minimally: pods <name>-0..N-1 with stable names, created in order (each after
// the previous is Ready, unless podManagementPolicy is Parallel), removed from the highest
// ordinal, replaced one at a time from the highest ordinal when the template changes.
import { clone } from "../core/json";
import { templateHash } from "../core/hash";
import type { StoreEvent } from "../store/stored-object";
import type { Pod } from "../types/core";
import type { StatefulSet } from "../types/workloads";
import { Controller, keyOf, ownerKey } from "./controller-base";
import { isActive, isReady, ownedBy, ownerRef } from "./pod-utils";
import { splitKey } from "./work-queue";

const REVISION_LABEL = "controller-revision-hash";
const ordinalOf = (sts: StatefulSet, pod: Pod) => Number((pod.metadata.name ?? "").slice((sts.metadata.name ?? "").length + 1));

export class StatefulSetController extends Controller {
  protected readonly primary = "statefulsets.apps";

  protected keysFor(event: StoreEvent): string[] {
    if (event.resource === "statefulsets.apps") return [keyOf(event.object)];
    if (event.resource === "pods") return ownerKey(event, "StatefulSet");
    return [];
  }

  protected reconcile(key: string): void {
    const [namespace, name] = splitKey(key);
    const sts = this.get<StatefulSet>("statefulsets.apps", namespace, name);
    if (!sts || sts.metadata.deletionTimestamp) return;
    const revision = `${name}-${templateHash(sts.spec.template)}`;
    const replicas = sts.spec.replicas ?? 1;
    const ordered = sts.spec.podManagementPolicy !== "Parallel";
    const pods = ownedBy<Pod>(this.ctx, sts, "pods").sort((a, b) => ordinalOf(sts, a) - ordinalOf(sts, b));
    const byOrdinal = new Map(pods.map((p) => [ordinalOf(sts, p), p]));

    let busy = pods.some((p) => p.metadata.deletionTimestamp);
    for (let i = 0; i < replicas && !(ordered && busy); i++) {
      const pod = byOrdinal.get(i);
      if (!pod) {
        this.createPod(sts, i, revision);
        busy = true;
      } else if (!isActive(pod) || !isReady(pod)) busy = true;
    }
    const surplus = pods.filter((p) => ordinalOf(sts, p) >= replicas && !p.metadata.deletionTimestamp).reverse();
    for (const pod of ordered && !busy ? surplus.slice(0, 1) : ordered ? [] : surplus) this.deletePod(sts, pod);
    if (!busy && surplus.length === 0) {
      const stale = pods.filter((p) => p.metadata.labels?.[REVISION_LABEL] !== revision && !p.metadata.deletionTimestamp).pop();
      if (stale) this.deletePod(sts, stale);
    }
    this.syncStatus(sts, revision);
  }

  private createPod(sts: StatefulSet, ordinal: number, revision: string): void {
    const template = clone(sts.spec.template);
    const name = `${sts.metadata.name}-${ordinal}`;
    const pod: Pod = {
      apiVersion: "v1", kind: "Pod",
      metadata: {
        name, namespace: sts.metadata.namespace,
        labels: { ...template.metadata?.labels, [REVISION_LABEL]: revision, "statefulset.kubernetes.io/pod-name": name, "apps.kubernetes.io/pod-index": String(ordinal) },
        ...(template.metadata?.annotations ? { annotations: template.metadata.annotations } : {}),
        ownerReferences: [ownerRef(sts)],
      },
      spec: { ...template.spec, hostname: name, ...(sts.spec.serviceName ? { subdomain: sts.spec.serviceName } : {}) },
    };
    if (this.create("pods", pod)) {
      this.events.record(sts, "Normal", "SuccessfulCreate", `create Pod ${name} in StatefulSet ${sts.metadata.name} successful`, { component: "statefulset-controller" });
    }
  }

  private deletePod(sts: StatefulSet, pod: Pod): void {
    this.remove("pods", pod.metadata.namespace ?? "", pod.metadata.name ?? "");
    this.events.record(sts, "Normal", "SuccessfulDelete", `delete Pod ${pod.metadata.name} in StatefulSet ${sts.metadata.name} successful`, { component: "statefulset-controller" });
  }

  private syncStatus(sts: StatefulSet, revision: string): void {
    const fresh = this.get<StatefulSet>("statefulsets.apps", sts.metadata.namespace ?? "", sts.metadata.name ?? "");
    if (!fresh) return;
    const pods = ownedBy<Pod>(this.ctx, fresh, "pods").filter((p) => !p.metadata.deletionTimestamp);
    const updated = pods.filter((p) => p.metadata.labels?.[REVISION_LABEL] === revision).length;
    const ready = pods.filter(isReady).length;
    const status = {
      observedGeneration: fresh.metadata.generation, replicas: pods.length, readyReplicas: ready, currentReplicas: updated,
      updatedReplicas: updated, currentRevision: revision, updateRevision: revision, collisionCount: 0, availableReplicas: ready,
    };
    this.update("statefulsets.apps", { ...fresh, status }, true);
  }
}
