// apps/v1 resources.
import type { Deployment, ReplicaSet, StatefulSet } from "../../types/workloads";
import { defaultDeployment, defaultReplicaSet, defaultStatefulSet } from "../defaults/workload-defaults";
import type { ResourceDef } from "../resource-def";
import { validateReplicatedWorkload } from "../validation/validate-workloads";
import { define, field, replicasScale } from "./define";

const apps = { group: "apps", version: "v1", namespaced: true, categories: ["all"], generation: true, statusSubresource: true, subresources: ["status", "scale"], scale: replicasScale, validate: validateReplicatedWorkload };

export const appsDefs: ResourceDef[] = [
  define({
    ...apps, resource: "deployments", singular: "deployment", kind: "Deployment", shortNames: ["deploy"],
    generationOnAnnotations: true, statusUpdatesAnnotations: true,
    prepareCreate: (obj) => {
      obj.status = {};
      defaultDeployment(obj as Deployment);
    },
    prepareUpdate: (obj) => defaultDeployment(obj as Deployment),
  }),
  define({
    ...apps, resource: "replicasets", singular: "replicaset", kind: "ReplicaSet", shortNames: ["rs"],
    fields: { "status.replicas": field("status.replicas") },
    prepareCreate: (obj) => {
      obj.status = { replicas: 0 };
      defaultReplicaSet(obj as ReplicaSet);
    },
    prepareUpdate: (obj) => defaultReplicaSet(obj as ReplicaSet),
  }),
  define({
    ...apps, resource: "statefulsets", singular: "statefulset", kind: "StatefulSet", shortNames: ["sts"],
    prepareCreate: (obj) => {
      obj.status = { replicas: 0, availableReplicas: 0 };
      defaultStatefulSet(obj as StatefulSet);
    },
    prepareUpdate: (obj) => defaultStatefulSet(obj as StatefulSet),
  }),
];
