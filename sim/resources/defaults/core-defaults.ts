// Defaults of the non-pod core kinds: services (IP allocation), secrets, namespaces, nodes.
import type { KObject } from "../../types/meta";
import type { Service } from "../../types/core";
import type { DefaultContext } from "../resource-def";

export function defaultService(svc: Service, ctx: DefaultContext, old?: Service): void {
  const spec = (svc.spec ??= {});
  spec.type ??= "ClusterIP";
  spec.sessionAffinity ??= "None";
  if (spec.type !== "ExternalName") {
    if (old?.spec?.clusterIP && spec.clusterIP === undefined) spec.clusterIP = old.spec.clusterIP;
    if (!spec.clusterIP) spec.clusterIP = ctx.allocateServiceIP();
    spec.clusterIPs ??= [spec.clusterIP];
    spec.ipFamilies ??= ["IPv4"];
    spec.ipFamilyPolicy ??= "SingleStack";
    spec.internalTrafficPolicy ??= "Cluster";
  }
  for (const port of spec.ports ?? []) {
    port.protocol ??= "TCP";
    port.targetPort ??= port.port;
    if (spec.type === "NodePort" || spec.type === "LoadBalancer") {
      port.nodePort ??= old?.spec?.ports?.find((p) => p.port === port.port)?.nodePort ?? ctx.allocateNodePort();
    }
  }
  if (spec.type === "NodePort" || spec.type === "LoadBalancer") spec.externalTrafficPolicy ??= "Cluster";
  svc.status ??= { loadBalancer: {} };
}

/** stringData is write-only: folded into data (base64) on every write. */
export function defaultSecret(secret: KObject): void {
  secret.type ??= "Opaque";
  const stringData = secret.stringData as Record<string, string> | undefined;
  if (stringData) {
    const data = ((secret.data as Record<string, string> | undefined) ?? {});
    for (const [key, value] of Object.entries(stringData)) data[key] = Buffer.from(value, "utf8").toString("base64");
    secret.data = data;
    delete secret.stringData;
  }
}

export function defaultNamespace(ns: KObject & { spec?: { finalizers?: string[] }; status?: Record<string, unknown> }): void {
  ns.spec ??= {};
  ns.spec.finalizers ??= ["kubernetes"];
  ns.status ??= {};
  ns.status.phase ??= "Active";
  const labels = (ns.metadata.labels ??= {});
  labels["kubernetes.io/metadata.name"] = ns.metadata.name ?? "";
}
