// core/v1 resources.
import { randomSuffix } from "../../core/hash";
import { dns1035Label, dns1123Label } from "../../core/validation";
import type { Pod, Service } from "../../types/core";
import type { KObject } from "../../types/meta";
import { defaultNamespace, defaultSecret, defaultService } from "../defaults/core-defaults";
import { defaultPod, qosClass } from "../defaults/pod-defaults";
import type { ResourceDef } from "../resource-def";
import { validateDataKeys, validateService } from "../validation/validate-core";
import { validatePodSpec, validatePodSpecUpdate } from "../validation/validate-pod";
import { define, field } from "./define";

const core = { group: "", version: "v1" };

export const coreDefs: ResourceDef[] = [
  define({
    ...core, resource: "namespaces", singular: "namespace", kind: "Namespace", namespaced: false, shortNames: ["ns"],
    subresources: ["status", "finalize"], statusSubresource: true, validateName: dns1123Label, returnDeletedObject: true,
    fields: { "status.phase": field("status.phase") },
    prepareCreate: (obj) => {
      delete obj.status;
      defaultNamespace(obj);
    },
    prepareUpdate: (obj) => defaultNamespace(obj),
  }),
  define({
    ...core, resource: "nodes", singular: "node", kind: "Node", namespaced: false, shortNames: ["no"],
    subresources: ["status"], statusSubresource: true, fields: { "spec.unschedulable": field("spec.unschedulable") },
  }),
  define({
    ...core, resource: "pods", singular: "pod", kind: "Pod", namespaced: true, shortNames: ["po"], categories: ["all"],
    subresources: ["status"], statusSubresource: true, returnDeletedObject: true,
    fields: {
      "spec.nodeName": field("spec.nodeName"), "spec.restartPolicy": field("spec.restartPolicy"),
      "spec.schedulerName": field("spec.schedulerName"), "spec.serviceAccountName": field("spec.serviceAccountName"),
      "spec.hostNetwork": (o) => String(Boolean((o.spec as { hostNetwork?: boolean } | undefined)?.hostNetwork)),
      "status.phase": field("status.phase"), "status.podIP": field("status.podIP"),
      "status.nominatedNodeName": field("status.nominatedNodeName"),
    },
    prepareCreate: (obj) => {
      const pod = obj as Pod;
      defaultPod(pod, randomSuffix());
      pod.status = { phase: "Pending", qosClass: qosClass(pod.spec) };
    },
    validate: (obj, old) => {
      const errs = validatePodSpec((obj as Pod).spec, "spec");
      return old && !errs.length ? validatePodSpecUpdate((obj as Pod).spec, (old as Pod).spec) : errs;
    },
  }),
  define({
    ...core, resource: "services", singular: "service", kind: "Service", namespaced: true, shortNames: ["svc"], categories: ["all"],
    subresources: ["status"], statusSubresource: true, validateName: dns1035Label, returnDeletedObject: true,
    fields: { "spec.clusterIP": field("spec.clusterIP"), "spec.type": field("spec.type") },
    prepareCreate: (obj, ctx) => {
      delete obj.status;
      defaultService(obj as Service, ctx);
    },
    prepareUpdate: (obj, old, ctx) => defaultService(obj as Service, ctx, old as Service),
    validate: validateService,
  }),
  define({ ...core, resource: "endpoints", singular: "endpoints", kind: "Endpoints", namespaced: true, shortNames: ["ep"] }),
  define({ ...core, resource: "configmaps", singular: "configmap", kind: "ConfigMap", namespaced: true, shortNames: ["cm"], validate: validateDataKeys }),
  define({
    ...core, resource: "secrets", singular: "secret", kind: "Secret", namespaced: true,
    fields: { type: field("type") },
    prepareCreate: defaultSecret, prepareUpdate: defaultSecret, validate: validateDataKeys,
  }),
  define({ ...core, resource: "serviceaccounts", singular: "serviceaccount", kind: "ServiceAccount", namespaced: true, shortNames: ["sa"] }),
  define({
    ...core, resource: "events", singular: "event", kind: "Event", namespaced: true, shortNames: ["ev"],
    validateName: () => [],
    fields: {
      "involvedObject.kind": field("involvedObject.kind"), "involvedObject.namespace": field("involvedObject.namespace"),
      "involvedObject.name": field("involvedObject.name"), "involvedObject.uid": field("involvedObject.uid"),
      "involvedObject.apiVersion": field("involvedObject.apiVersion"), "involvedObject.resourceVersion": field("involvedObject.resourceVersion"),
      "involvedObject.fieldPath": field("involvedObject.fieldPath"), reason: field("reason"), reportingComponent: field("reportingComponent"),
      source: field("source.component"), type: field("type"),
    },
  }),
  define({
    ...core, resource: "resourcequotas", singular: "resourcequota", kind: "ResourceQuota", namespaced: true, shortNames: ["quota"],
    subresources: ["status"], statusSubresource: true,
    prepareCreate: (obj: KObject) => {
      const hard = (obj.spec as { hard?: Record<string, string> } | undefined)?.hard ?? {};
      obj.status = { hard, used: Object.fromEntries(Object.keys(hard).map((k) => [k, "0"])) };
    },
  }),
  define({ ...core, resource: "limitranges", singular: "limitrange", kind: "LimitRange", namespaced: true, shortNames: ["limits"] }),
];
