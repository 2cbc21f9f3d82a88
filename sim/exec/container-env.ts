// The environment a container's processes see, built from the pod spec the way the kubelet
// does: the image's PATH, HOSTNAME, the kubernetes Service variables, envFrom (ConfigMaps and
// Secrets, with prefix), then env in order: literal values with $(VAR) references expanded,
// valueFrom resolved from ConfigMaps, Secrets, the pod's fields and its resources. Missing
// references are left out (a real kubelet would refuse to start the container unless they are
// optional). Nothing from the host's own environment gets in.
import type { ClusterContext } from "../cluster/context";
import { parseQuantity } from "../core/quantity";
import type { Container, Pod } from "../types/core";
import { DEFAULT_PATH, type Env } from "./allow-list";

interface KeyRef {
  name?: string;
  key: string;
}

interface EnvVar {
  name: string;
  value?: string;
  valueFrom?: {
    configMapKeyRef?: KeyRef;
    secretKeyRef?: KeyRef;
    fieldRef?: { fieldPath: string };
    resourceFieldRef?: { resource: string; divisor?: string };
  };
}

interface EnvFromSource {
  prefix?: string;
  configMapRef?: { name?: string };
  secretRef?: { name?: string };
}

/** $(VAR) expands to an earlier variable, $$(VAR) escapes to a literal $(VAR), unknown refs stay. */
export function expandReferences(value: string, env: Env): string {
  return value.replace(/\$\$|\$\(([A-Za-z_][A-Za-z0-9_.-]*)\)/g, (match, name: string | undefined) => {
    if (match === "$$") return "$";
    return name !== undefined && name in env ? env[name]! : match;
  });
}

function dataOf(ctx: ClusterContext, kind: "configmaps" | "secrets", namespace: string, name: string | undefined): Record<string, string> | undefined {
  const obj = name ? (ctx.store.get(kind, namespace, name)?.object as { data?: Record<string, string>; stringData?: Record<string, string> } | undefined) : undefined;
  if (!obj) return undefined;
  if (kind === "configmaps") return obj.data ?? {};
  return Object.fromEntries(Object.entries(obj.data ?? {}).map(([k, v]) => [k, Buffer.from(v, "base64").toString("utf8")]));
}

function fieldOf(pod: Pod, path: string): string | undefined {
  const m = /^metadata\.(labels|annotations)\['(.+)'\]$/.exec(path);
  if (m) return pod.metadata[m[1] as "labels" | "annotations"]?.[m[2]!];
  const fields: Record<string, string | undefined> = {
    "metadata.name": pod.metadata.name, "metadata.namespace": pod.metadata.namespace, "metadata.uid": pod.metadata.uid,
    "spec.nodeName": pod.spec.nodeName, "spec.serviceAccountName": (pod.spec.serviceAccountName as string | undefined) ?? "default",
    "status.hostIP": pod.status?.hostIP, "status.podIP": pod.status?.podIP, "status.podIPs": pod.status?.podIPs?.map((p) => p.ip).join(","),
  };
  return fields[path];
}

function resourceOf(container: Container, ref: { resource: string; divisor?: string }): string | undefined {
  const [kind, name] = ref.resource.split(".") as ["limits" | "requests", string];
  const value = container.resources?.[kind]?.[name];
  if (value === undefined) return undefined;
  const divisor = ref.divisor ? parseQuantity(ref.divisor) : 1;
  return String(Math.ceil(parseQuantity(value) / divisor));
}

export function containerEnv(ctx: ClusterContext, pod: Pod, container: Container): Env {
  const namespace = pod.metadata.namespace ?? "";
  const env: Env = {
    PATH: DEFAULT_PATH, HOSTNAME: pod.metadata.name ?? "",
    KUBERNETES_SERVICE_HOST: "10.96.0.1", KUBERNETES_SERVICE_PORT: "443", KUBERNETES_SERVICE_PORT_HTTPS: "443",
    KUBERNETES_PORT: "tcp://10.96.0.1:443", KUBERNETES_PORT_443_TCP: "tcp://10.96.0.1:443", KUBERNETES_PORT_443_TCP_PROTO: "tcp",
    KUBERNETES_PORT_443_TCP_PORT: "443", KUBERNETES_PORT_443_TCP_ADDR: "10.96.0.1",
  };
  for (const from of (container.envFrom as EnvFromSource[] | undefined) ?? []) {
    const data = from.configMapRef ? dataOf(ctx, "configmaps", namespace, from.configMapRef.name) : dataOf(ctx, "secrets", namespace, from.secretRef?.name);
    for (const [key, value] of Object.entries(data ?? {})) env[`${from.prefix ?? ""}${key}`] = value;
  }
  for (const v of (container.env as EnvVar[] | undefined) ?? []) {
    let value: string | undefined;
    const ref = v.valueFrom;
    if (!ref) value = expandReferences(v.value ?? "", env);
    else if (ref.configMapKeyRef) value = dataOf(ctx, "configmaps", namespace, ref.configMapKeyRef.name)?.[ref.configMapKeyRef.key];
    else if (ref.secretKeyRef) value = dataOf(ctx, "secrets", namespace, ref.secretKeyRef.name)?.[ref.secretKeyRef.key];
    else if (ref.fieldRef) value = fieldOf(pod, ref.fieldRef.fieldPath);
    else if (ref.resourceFieldRef) value = resourceOf(container, ref.resourceFieldRef);
    if (value !== undefined) env[v.name] = value;
  }
  return env;
}
