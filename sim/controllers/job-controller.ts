// Jobs, minimally: run up to `parallelism` pods until `completions` succeed (Complete) or more
// than `backoffLimit` fail (Failed), with the conditions and events kubectl shows.
import { clone } from "../core/json";
import type { StoreEvent } from "../store/stored-object";
import type { Pod } from "../types/core";
import type { Condition } from "../types/meta";
import type { Job } from "../types/workloads";
import { Controller, keyOf, ownerKey } from "./controller-base";
import { isActive, isReady, ownedBy, ownerRef } from "./pod-utils";
import { splitKey } from "./work-queue";

export class JobController extends Controller {
  protected readonly primary = "jobs.batch";

  protected keysFor(event: StoreEvent): string[] {
    if (event.resource === "jobs.batch") return [keyOf(event.object)];
    if (event.resource === "pods") return ownerKey(event, "Job");
    return [];
  }

  protected reconcile(key: string): void {
    const [namespace, name] = splitKey(key);
    const job = this.get<Job>("jobs.batch", namespace, name);
    if (!job || job.metadata.deletionTimestamp) return;
    const conditions = job.status?.conditions ?? [];
    const finished = conditions.some((c) => (c.type === "Complete" || c.type === "Failed") && c.status === "True");
    const pods = ownedBy<Pod>(this.ctx, job, "pods");
    const active = pods.filter(isActive);
    const succeeded = pods.filter((p) => p.status?.phase === "Succeeded").length;
    const failed = pods.filter((p) => p.status?.phase === "Failed").length;
    const completions = job.spec.completions ?? 1;
    const now = this.ctx.clock.nowRfc3339();
    const status = { ...clone(job.status ?? {}), startTime: job.status?.startTime ?? now, succeeded, failed, ready: active.filter(isReady).length, terminating: pods.filter((p) => p.metadata.deletionTimestamp).length, uncountedTerminatedPods: {} };
    const cond = (type: string, reason: string, message: string): Condition => ({ type, status: "True", lastProbeTime: now, lastTransitionTime: now, reason, message });

    if (!finished && succeeded >= completions) {
      status.conditions = [...conditions, cond("SuccessCriteriaMet", "CompletionsReached", "Reached expected number of succeeded pods"), cond("Complete", "CompletionsReached", "Reached expected number of succeeded pods")];
      status.completionTime = now;
      this.events.record(job, "Normal", "Completed", "Job completed", { component: "job-controller" });
    } else if (!finished && failed > (job.spec.backoffLimit ?? 6)) {
      status.conditions = [...conditions, cond("FailureTarget", "BackoffLimitExceeded", "Job has reached the specified backoff limit"), cond("Failed", "BackoffLimitExceeded", "Job has reached the specified backoff limit")];
      this.events.record(job, "Warning", "BackoffLimitExceeded", "Job has reached the specified backoff limit", { component: "job-controller" });
    }
    const done = (status.conditions ?? []).some((c) => (c.type === "Complete" || c.type === "Failed") && c.status === "True");
    if (done || job.spec.suspend) {
      for (const pod of active) this.remove("pods", namespace, pod.metadata.name ?? "");
    } else {
      const wanted = Math.min(job.spec.parallelism ?? 1, completions - succeeded) - active.length;
      for (let i = 0; i < wanted; i++) this.createPod(job);
    }
    const after = ownedBy<Pod>(this.ctx, job, "pods").filter(isActive).length;
    const wire: Record<string, unknown> = { ...status, active: done ? 0 : after };
    for (const k of ["active", "succeeded", "failed"]) if (!wire[k]) delete wire[k];
    const fresh = this.get<Job>("jobs.batch", namespace, name);
    if (fresh) this.update("jobs.batch", { ...fresh, status: wire as Job["status"] }, true);
  }

  private createPod(job: Job): void {
    const template = clone(job.spec.template);
    const pod: Pod = {
      apiVersion: "v1", kind: "Pod",
      metadata: {
        generateName: `${job.metadata.name}-`, namespace: job.metadata.namespace, labels: template.metadata?.labels,
        ...(template.metadata?.annotations ? { annotations: template.metadata.annotations } : {}),
        ownerReferences: [ownerRef(job)],
      },
      spec: template.spec,
    };
    const created = this.create("pods", pod);
    if (created) this.events.record(job, "Normal", "SuccessfulCreate", `Created pod: ${created.name}`, { component: "job-controller" });
  }
}
