// Merge keys of the built-in kinds, from the `patchStrategy`/`patchMergeKey` and
// `listType`/`listMapKey` markers in k8s.io/api (core/v1, apps/v1, batch/v1, ...).
import { keyed, keyedBy, map, set, type TypeSchema } from "./type-schema";

const conditions = keyed("type");

const container = map({
  ports: keyedBy("containerPort", ["containerPort", "protocol"]),
  env: keyed("name"),
  volumeMounts: keyed("mountPath"),
  volumeDevices: keyed("devicePath"),
  resizePolicy: keyed("resourceName"),
});

const podSpec = map({
  containers: keyed("name", container),
  initContainers: keyed("name", container),
  ephemeralContainers: keyed("name", container),
  volumes: keyed("name"),
  imagePullSecrets: keyed("name"),
  hostAliases: keyed("ip"),
  topologySpreadConstraints: keyedBy("topologyKey", ["topologyKey", "whenUnsatisfiable"]),
  resourceClaims: keyed("name"),
  schedulingGates: keyed("name"),
});

export const objectMeta = map({
  finalizers: set(),
  ownerReferences: keyed("uid"),
});

const podTemplate = map({ metadata: objectMeta, spec: podSpec });

const podStatus = map({
  conditions,
  podIPs: keyed("ip"),
  hostIPs: keyed("ip"),
  resourceClaimStatuses: keyed("name"),
});

const withConditions = map({ conditions });
const workload = (extra: Record<string, TypeSchema> = {}) =>
  map({ metadata: objectMeta, spec: map({ template: podTemplate, ...extra }), status: withConditions });

const SCHEMAS: Record<string, TypeSchema> = {
  Pod: map({ metadata: objectMeta, spec: podSpec, status: podStatus }),
  PodTemplate: map({ metadata: objectMeta, template: podTemplate }),
  Deployment: workload(),
  ReplicaSet: workload(),
  StatefulSet: workload(),
  DaemonSet: workload(),
  Job: workload(),
  CronJob: map({ metadata: objectMeta, spec: map({ jobTemplate: map({ metadata: objectMeta, spec: map({ template: podTemplate }) }) }) }),
  Service: map({ metadata: objectMeta, spec: map({ ports: keyedBy("port", ["port", "protocol"]) }), status: withConditions }),
  Node: map({
    metadata: objectMeta,
    status: map({ conditions, addresses: keyed("type") }),
  }),
  Namespace: map({ metadata: objectMeta, spec: map({ finalizers: set() }), status: withConditions }),
  PodDisruptionBudget: map({ metadata: objectMeta, status: withConditions }),
  HorizontalPodAutoscaler: map({ metadata: objectMeta, status: withConditions }),
  Ingress: map({ metadata: objectMeta }),
  ServiceAccount: map({ metadata: objectMeta, secrets: keyed("name"), imagePullSecrets: keyed("name") }),
};

const DEFAULT_SCHEMA = map({ metadata: objectMeta });

export function schemaForKind(kind: string): TypeSchema {
  return SCHEMAS[kind] ?? DEFAULT_SCHEMA;
}
