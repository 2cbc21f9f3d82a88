// Defaults of apps/v1 and batch/v1 workloads (pkg/apis/apps/v1/defaults.go, batch/v1).
import type { Deployment, Job, ReplicaSet, StatefulSet } from "../../types/workloads";
import type { KObject } from "../../types/meta";
import type { PodTemplate } from "../../types/core";
import { defaultPodSpec } from "./pod-defaults";

/** Templates print `creationTimestamp: null`, as Go's ObjectMeta does; kubectl sends it back. */
function defaultTemplate(template: PodTemplate | undefined): void {
  if (template?.spec) defaultPodSpec(template.spec);
  if (template) template.metadata = { creationTimestamp: null, ...template.metadata };
}

export function defaultDeployment(d: Deployment): void {
  const spec = d.spec;
  spec.replicas ??= 1;
  spec.revisionHistoryLimit ??= 10;
  spec.progressDeadlineSeconds ??= 600;
  spec.strategy ??= {};
  spec.strategy.type ??= "RollingUpdate";
  if (spec.strategy.type === "RollingUpdate") {
    spec.strategy.rollingUpdate ??= {};
    spec.strategy.rollingUpdate.maxSurge ??= "25%";
    spec.strategy.rollingUpdate.maxUnavailable ??= "25%";
  }
  defaultTemplate(spec.template);
}

export function defaultReplicaSet(rs: ReplicaSet): void {
  rs.spec.replicas ??= 1;
  defaultTemplate(rs.spec.template);
}

export function defaultStatefulSet(sts: StatefulSet): void {
  const spec = sts.spec;
  spec.replicas ??= 1;
  spec.podManagementPolicy ??= "OrderedReady";
  spec.updateStrategy ??= { type: "RollingUpdate", rollingUpdate: { partition: 0 } };
  spec.revisionHistoryLimit ??= 10;
  spec.persistentVolumeClaimRetentionPolicy ??= { whenDeleted: "Retain", whenScaled: "Retain" };
  defaultTemplate(spec.template);
}

/** Jobs get a selector on their own uid and matching template labels (manualSelector unset). */
export function defaultJob(job: Job): void {
  const spec = job.spec;
  spec.parallelism ??= 1;
  spec.completions ??= spec.parallelism === 1 ? 1 : spec.completions;
  spec.backoffLimit ??= 6;
  spec.completionMode ??= "NonIndexed";
  spec.suspend ??= false;
  spec.podReplacementPolicy ??= "TerminatingOrFailed";
  defaultTemplate(spec.template);
  const uid = job.metadata.uid;
  if (uid && !spec.manualSelector && !spec.selector) {
    spec.selector = { matchLabels: { "batch.kubernetes.io/controller-uid": uid } };
    const labels = (spec.template.metadata!.labels ??= {});
    labels["batch.kubernetes.io/controller-uid"] = uid;
    labels["batch.kubernetes.io/job-name"] = job.metadata.name ?? "";
    labels["controller-uid"] = uid;
    labels["job-name"] = job.metadata.name ?? "";
  }
}

export function defaultCronJob(cj: KObject & { spec?: Record<string, unknown> }): void {
  const spec = (cj.spec ??= {});
  spec.concurrencyPolicy ??= "Allow";
  spec.suspend ??= false;
  spec.successfulJobsHistoryLimit ??= 3;
  spec.failedJobsHistoryLimit ??= 1;
  const jobSpec = (spec.jobTemplate as { spec?: { template?: PodTemplate; backoffLimit?: number } } | undefined)?.spec;
  if (jobSpec) {
    jobSpec.backoffLimit ??= 6;
    defaultTemplate(jobSpec.template);
  }
}
