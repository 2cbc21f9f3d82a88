// PodDisruptionBudget status from the pods it selects, and HorizontalPodAutoscalers kept
// within [minReplicas, maxReplicas]. Without part 2's metrics an HPA reports ScalingActive
// False, as a real one does when metrics-server is missing.
import { parseQuantity } from "../core/quantity";
import { fromLabelSelector, matchesSelector } from "../selectors/label-selector";
import type { StoreEvent } from "../store/stored-object";
import type { Pod } from "../types/core";
import type { Condition, KObject } from "../types/meta";
import type { HorizontalPodAutoscaler, PodDisruptionBudget } from "../types/workloads";
import { Controller, keyOf } from "./controller-base";
import { isActive, isReady } from "./pod-utils";
import { splitKey } from "./work-queue";

const scaled = (v: number | string, total: number) => (typeof v === "number" ? v : Math.ceil((parseQuantity(v.replace("%", "")) * total) / 100));

export class DisruptionController extends Controller {
  protected readonly primary = "poddisruptionbudgets.policy";

  protected keysFor(event: StoreEvent): string[] {
    if (event.resource === this.primary) return [keyOf(event.object)];
    if (event.resource !== "pods") return [];
    return this.ctx.store.list(this.primary, event.object.namespace).map(keyOf);
  }

  protected reconcile(key: string): void {
    const [namespace, name] = splitKey(key);
    const pdb = this.get<PodDisruptionBudget>(this.primary, namespace, name);
    if (!pdb) return;
    const selector = fromLabelSelector(pdb.spec?.selector);
    const pods = this.ctx.store.list("pods", namespace).map((s) => s.object as Pod).filter((p) => isActive(p) && matchesSelector(selector, p.metadata.labels));
    const expected = pods.length;
    const healthy = pods.filter(isReady).length;
    const spec = pdb.spec ?? {};
    const desired = spec.minAvailable !== undefined ? scaled(spec.minAvailable, expected) : Math.max(0, expected - scaled(spec.maxUnavailable ?? 0, expected));
    const allowed = Math.max(0, healthy - desired);
    const now = this.ctx.clock.nowRfc3339();
    const old = (pdb.status as { conditions?: Condition[] } | undefined)?.conditions?.[0];
    const condStatus = allowed > 0 ? "True" : "False";
    const condition: Condition = {
      type: "DisruptionAllowed", status: condStatus, reason: allowed > 0 ? "SufficientPods" : "InsufficientPods", message: "",
      observedGeneration: pdb.metadata.generation, lastTransitionTime: old?.status === condStatus ? old.lastTransitionTime : now,
    };
    const status = { observedGeneration: pdb.metadata.generation, disruptionsAllowed: allowed, currentHealthy: healthy, desiredHealthy: desired, expectedPods: expected, conditions: [condition] };
    this.update(this.primary, { ...pdb, status }, true);
  }
}

export class HorizontalPodAutoscalerController extends Controller {
  protected readonly primary = "horizontalpodautoscalers.autoscaling";

  protected keysFor(event: StoreEvent): string[] {
    if (event.resource === this.primary) return [keyOf(event.object)];
    if (event.resource !== "deployments.apps" && event.resource !== "statefulsets.apps") return [];
    return this.ctx.store.list(this.primary, event.object.namespace)
      .filter((s) => (s.object as HorizontalPodAutoscaler).spec.scaleTargetRef.name === event.object.name).map(keyOf);
  }

  protected reconcile(key: string): void {
    const [namespace, name] = splitKey(key);
    const hpa = this.get<HorizontalPodAutoscaler>(this.primary, namespace, name);
    if (!hpa) return;
    const ref = hpa.spec.scaleTargetRef;
    const id = ref.kind === "StatefulSet" ? "statefulsets.apps" : "deployments.apps";
    const target = this.get<KObject & { spec: { replicas?: number }; status?: { replicas?: number } }>(id, namespace, ref.name);
    const now = this.ctx.clock.nowRfc3339();
    const min = hpa.spec.minReplicas ?? 1;
    const max = hpa.spec.maxReplicas;
    const current = target?.spec.replicas ?? 0;
    const desired = current === 0 ? 0 : Math.min(max, Math.max(min, current));
    const oldStatus = (hpa.status ?? {}) as { lastScaleTime?: string; conditions?: Condition[] };
    let lastScaleTime = oldStatus.lastScaleTime;
    if (target && desired !== current) {
      this.update(id, { ...target, spec: { ...target.spec, replicas: desired } });
      const reason = desired > current ? "Current number of replicas below Spec.MinReplicas" : "Current number of replicas above Spec.MaxReplicas";
      this.events.record(hpa, "Normal", "SuccessfulRescale", `New size: ${desired}; reason: ${reason}`, { component: "horizontal-pod-autoscaler" });
      lastScaleTime = now;
    }
    const cond = (type: string, status: Condition["status"], reason: string, message: string): Condition => {
      const old = oldStatus.conditions?.find((c) => c.type === type);
      return { type, status, reason, message, lastTransitionTime: old?.status === status ? old.lastTransitionTime : now };
    };
    const conditions = target
      ? [
        cond("AbleToScale", "True", "SucceededGetScale", "the HPA controller was able to get the target's current scale"),
        cond("ScalingActive", "False", "FailedGetResourceMetric", "the HPA was unable to compute the replica count: failed to get cpu utilization: unable to get metrics for resource cpu: no metrics returned from resource metrics API"),
      ]
      : [cond("AbleToScale", "False", "FailedGetScale", `the HPA controller was unable to get the target's current scale: ${id} "${ref.name}" not found`)];
    const status = { ...(lastScaleTime ? { lastScaleTime } : {}), currentReplicas: target?.status?.replicas ?? 0, desiredReplicas: desired, conditions };
    this.update(this.primary, { ...hpa, status }, true);
  }
}
