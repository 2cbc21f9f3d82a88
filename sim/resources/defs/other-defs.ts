// batch/v1, networking.k8s.io/v1, policy/v1, autoscaling/v2 and discovery.k8s.io/v1 resources.
import type { Job } from "../../types/workloads";
import { defaultCronJob, defaultJob } from "../defaults/workload-defaults";
import type { ResourceDef } from "../resource-def";
import { validateHpa, validateIngress, validatePdb } from "../validation/validate-core";
import { validateCronJob, validateJob } from "../validation/validate-workloads";
import { define, field } from "./define";

const withStatus = { namespaced: true, generation: true, statusSubresource: true, subresources: ["status"] };

export const otherDefs: ResourceDef[] = [
  define({
    ...withStatus, group: "batch", version: "v1", resource: "jobs", singular: "job", kind: "Job", categories: ["all"],
    fields: { "status.successful": field("status.succeeded") },
    prepareCreate: (obj) => {
      obj.status = {};
      defaultJob(obj as Job);
    },
    prepareUpdate: (obj) => defaultJob(obj as Job),
    validate: validateJob,
  }),
  define({
    ...withStatus, group: "batch", version: "v1", resource: "cronjobs", singular: "cronjob", kind: "CronJob", shortNames: ["cj"], categories: ["all"],
    prepareCreate: (obj) => {
      obj.status = {};
      defaultCronJob(obj);
    },
    prepareUpdate: (obj) => defaultCronJob(obj),
    validate: validateCronJob,
  }),
  define({
    ...withStatus, group: "networking.k8s.io", version: "v1", resource: "ingresses", singular: "ingress", kind: "Ingress", shortNames: ["ing"],
    prepareCreate: (obj) => {
      obj.status = { loadBalancer: {} };
    },
    validate: validateIngress,
  }),
  define({
    ...withStatus, group: "policy", version: "v1", resource: "poddisruptionbudgets", singular: "poddisruptionbudget", kind: "PodDisruptionBudget", shortNames: ["pdb"],
    prepareCreate: (obj) => {
      obj.status = { currentHealthy: 0, desiredHealthy: 0, disruptionsAllowed: 0, expectedPods: 0 };
    },
    validate: validatePdb,
  }),
  define({
    ...withStatus, group: "autoscaling", version: "v2", resource: "horizontalpodautoscalers", singular: "horizontalpodautoscaler", kind: "HorizontalPodAutoscaler", shortNames: ["hpa"], categories: ["all"],
    prepareCreate: (obj) => {
      const spec = (obj.spec ?? {}) as { minReplicas?: number };
      spec.minReplicas ??= 1;
      obj.status = { currentReplicas: 0, desiredReplicas: 0 };
    },
    validate: validateHpa,
  }),
  define({
    group: "discovery.k8s.io", version: "v1", resource: "endpointslices", singular: "endpointslice", kind: "EndpointSlice", namespaced: true, generation: true,
  }),
];
