// Namespaces, nodes, services, endpoints, config maps, secrets, service accounts, quotas.
import type { Endpoints, Node, Service } from "../types/core";
import type { KObject } from "../types/meta";
import { since } from "./human-duration";
import { AGE_COLUMN, col, formatLabels, NAME_COLUMN, type TablePrinter } from "./table-def";

const count = (value: unknown) => Object.keys((value as Record<string, unknown> | undefined) ?? {}).length;

export const namespaceTable: TablePrinter = {
  columns: [NAME_COLUMN, col("Status", "string", "The status of the namespace"), AGE_COLUMN],
  cells: (obj, now) => [obj.metadata.name, (obj.status as { phase?: string } | undefined)?.phase ?? "", since(obj.metadata.creationTimestamp, now)],
};

export const nodeTable: TablePrinter = {
  columns: [
    NAME_COLUMN,
    col("Status", "string", "The status of the node"),
    col("Roles", "string", "The roles of the node"),
    AGE_COLUMN,
    col("Version", "string", "Kubelet Version reported by the node."),
    col("Internal-IP", "string", "List of addresses reachable to the node. Queried from cloud provider, if available.", 1),
    col("External-IP", "string", "List of addresses reachable to the node. Queried from cloud provider, if available.", 1),
    col("OS-Image", "string", "OS Image reported by the node from /etc/os-release (e.g. Debian GNU/Linux 7 (wheezy)).", 1),
    col("Kernel-Version", "string", "Kernel Version reported by the node from 'uname -r' (e.g. 3.16.0-0.bpo.4-amd64).", 1),
    col("Container-Runtime", "string", "ContainerRuntime Version reported by the node through runtime remote API (e.g. containerd://1.4.2).", 1),
  ],
  cells(obj, now) {
    const node = obj as Node;
    const ready = node.status?.conditions?.find((c) => c.type === "Ready");
    const states = [ready?.status === "True" ? "Ready" : ready?.status === "False" ? "NotReady" : "Unknown"];
    if (node.spec?.unschedulable) states.push("SchedulingDisabled");
    const roles = Object.keys(node.metadata.labels ?? {}).filter((k) => k.startsWith("node-role.kubernetes.io/")).map((k) => k.slice("node-role.kubernetes.io/".length));
    const info = (node.status?.nodeInfo ?? {}) as Record<string, string>;
    const address = (type: string) => node.status?.addresses?.find((a) => a.type === type)?.address ?? "<none>";
    return [node.metadata.name, states.join(","), roles.length ? roles.sort().join(",") : "<none>", since(node.metadata.creationTimestamp, now), info.kubeletVersion ?? "",
      address("InternalIP"), address("ExternalIP"), info.osImage ?? "<unknown>", info.kernelVersion ?? "<unknown>", info.containerRuntimeVersion ?? "<unknown>"];
  },
};

export const serviceTable: TablePrinter = {
  columns: [
    NAME_COLUMN,
    col("Type", "string", "type determines how the Service is exposed."),
    col("Cluster-IP", "string", "clusterIP is the IP address of the service and is usually assigned randomly."),
    col("External-IP", "string", "externalIPs is a list of IP addresses for which nodes in the cluster will also accept traffic for this service."),
    col("Port(s)", "string", "The list of ports that are exposed by this service."),
    AGE_COLUMN,
    col("Selector", "string", "Route service traffic to pods with label keys and values matching this selector.", 1),
  ],
  cells(obj, now) {
    const svc = obj as Service;
    const spec = svc.spec ?? {};
    const type = spec.type ?? "ClusterIP";
    const externalIPs = (spec.externalIPs as string[] | undefined) ?? [];
    const lbIPs = ((svc.status as { loadBalancer?: { ingress?: Array<{ ip?: string; hostname?: string }> } } | undefined)?.loadBalancer?.ingress ?? []).map((i) => i.ip ?? i.hostname ?? "");
    const external = type === "ExternalName" ? String(spec.externalName ?? "") : type === "LoadBalancer" ? ([...lbIPs, ...externalIPs].join(",") || "<pending>") : (externalIPs.join(",") || "<none>");
    const ports = (spec.ports ?? []).map((p) => (p.nodePort ? `${p.port}:${p.nodePort}/${p.protocol ?? "TCP"}` : `${p.port}/${p.protocol ?? "TCP"}`)).join(",") || "<none>";
    return [svc.metadata.name, type, spec.clusterIP || "<none>", external, ports, since(svc.metadata.creationTimestamp, now), formatLabels(spec.selector)];
  },
};

/** formatEndpoints: at most three ip:port, then "+ N more...". */
function formatEndpoints(ep: Endpoints): string {
  const list: string[] = [];
  let total = 0;
  let more = false;
  for (const subset of ep.subsets ?? []) {
    const addresses = subset.addresses ?? [];
    const ports = subset.ports?.length ? subset.ports.map((p) => `:${p.port}`) : [""];
    for (const port of ports) {
      total += addresses.length;
      for (const addr of addresses) {
        if (list.length === 3) {
          more = true;
          break;
        }
        list.push(`${addr.ip}${port}`);
      }
    }
  }
  if (more) return `${list.join(",")} + ${total - 3} more...`;
  return list.join(",") || "<none>";
}

export const endpointsTable: TablePrinter = {
  columns: [NAME_COLUMN, col("Endpoints", "string", "Endpoints of the service"), AGE_COLUMN],
  cells: (obj, now) => [obj.metadata.name, formatEndpoints(obj as Endpoints), since(obj.metadata.creationTimestamp, now)],
};

export const configMapTable: TablePrinter = {
  columns: [NAME_COLUMN, col("Data", "string", "Data contains the configuration data."), AGE_COLUMN],
  cells: (obj, now) => [obj.metadata.name, count(obj.data) + count(obj.binaryData), since(obj.metadata.creationTimestamp, now)],
};

export const secretTable: TablePrinter = {
  columns: [NAME_COLUMN, col("Type", "string", "The type of the secret"), col("Data", "string", "The number of entries in the secret"), AGE_COLUMN],
  cells: (obj, now) => [obj.metadata.name, obj.type ?? "Opaque", count(obj.data), since(obj.metadata.creationTimestamp, now)],
};

export const serviceAccountTable: TablePrinter = {
  columns: [NAME_COLUMN, col("Secrets", "string", "Secrets is a list of the secrets in the same namespace that pods running using this ServiceAccount are allowed to use."), AGE_COLUMN],
  cells: (obj, now) => [obj.metadata.name, ((obj.secrets as unknown[] | undefined) ?? []).length, since(obj.metadata.creationTimestamp, now)],
};

function quotaPairs(obj: KObject, limits: boolean): string {
  const status = (obj.status ?? {}) as { hard?: Record<string, string>; used?: Record<string, string> };
  return Object.keys(status.hard ?? {}).sort()
    .filter((k) => k.startsWith("limits.") === limits)
    .map((k) => `${k}: ${status.used?.[k] ?? "0"}/${status.hard?.[k]}`)
    .join(", ");
}

export const resourceQuotaTable: TablePrinter = {
  columns: [NAME_COLUMN, AGE_COLUMN, col("Request", "string", "Request represents a minimum amount of cpu/memory that a container may consume."), col("Limit", "string", "Limits control the maximum amount of cpu/memory that a container may use independent of contention on the node.")],
  cells: (obj, now) => [obj.metadata.name, since(obj.metadata.creationTimestamp, now), quotaPairs(obj, false), quotaPairs(obj, true)],
};

export const limitRangeTable: TablePrinter = {
  columns: [NAME_COLUMN, col("Created At", "date", "CreationTimestamp is a timestamp representing the server time when this object was created.")],
  cells: (obj) => [obj.metadata.name, obj.metadata.creationTimestamp],
};
