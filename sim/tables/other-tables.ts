// Events, ingresses, PDBs and HPAs.
import type { CoreEvent } from "../types/core";
import type { KObject } from "../types/meta";
import { since } from "./human-duration";
import { AGE_COLUMN, col, NAME_COLUMN, type TablePrinter } from "./table-def";

export const eventTable: TablePrinter = {
  columns: [
    col("Last Seen", "string", "Time when this Event was last seen"),
    col("Type", "string", "Type of this event (Normal, Warning), new types could be added in the future."),
    col("Reason", "string", "This should be a short, machine understandable string that gives the reason for the transition into the object's current status."),
    col("Object", "string", "The object that this event is about."),
    col("Subobject", "string", "The subobject that this event is about.", 1),
    col("Source", "string", "The component reporting this event.", 1),
    col("Message", "string", "A human-readable description of the status of this operation."),
    col("First Seen", "string", "Time when this Event was first seen", 1),
    col("Count", "string", "The number of times this event has occurred.", 1),
    col("Name", "string", "Name of the event", 1, "name"),
  ],
  cells(obj, now) {
    const ev = obj as CoreEvent;
    const first = since(ev.firstTimestamp ?? (ev.eventTime as string | undefined), now);
    const last = ev.lastTimestamp ? since(ev.lastTimestamp, now) : first;
    const kind = (ev.involvedObject.kind ?? "").toLowerCase();
    const target = ev.involvedObject.name ? `${kind}/${ev.involvedObject.name}` : kind;
    const source = ev.source?.component ? (ev.source.host ? `${ev.source.component}, ${ev.source.host}` : ev.source.component) : String(ev.reportingComponent ?? "");
    return [last, ev.type, ev.reason, target, ev.involvedObject.fieldPath ?? "", source, (ev.message ?? "").trim(), first, ev.count || 1, ev.metadata.name];
  },
};

interface IngressSpec {
  ingressClassName?: string;
  rules?: Array<{ host?: string }>;
  tls?: unknown[];
}

export const ingressTable: TablePrinter = {
  columns: [
    NAME_COLUMN,
    col("Class", "string", "The name of the IngressClass resource that should be used."),
    col("Hosts", "string", "Hosts that incoming requests are matched against before the ingress rule"),
    col("Address", "string", "Address is a list containing ingress points for the load-balancer"),
    col("Ports", "string", "Ports of TLS configurations that open"),
    AGE_COLUMN,
  ],
  cells(obj, now) {
    const spec = (obj.spec ?? {}) as IngressSpec;
    const hosts = (spec.rules ?? []).map((r) => r.host).filter((h): h is string => Boolean(h));
    const hostText = hosts.length === 0 ? "*" : hosts.length > 4 ? `${hosts.slice(0, 4).join(",")} + ${hosts.length - 4} more...` : hosts.join(",");
    const ingress = ((obj.status as { loadBalancer?: { ingress?: Array<{ ip?: string; hostname?: string }> } } | undefined)?.loadBalancer?.ingress ?? []);
    return [obj.metadata.name, spec.ingressClassName ?? "<none>", hostText, ingress.map((i) => i.ip ?? i.hostname).join(","), spec.tls?.length ? "80, 443" : "80", since(obj.metadata.creationTimestamp, now)];
  },
};

export const pdbTable: TablePrinter = {
  columns: [
    NAME_COLUMN,
    col("Min Available", "string", "The minimum number of pods that must be available simultaneously."),
    col("Max Unavailable", "string", "The maximum number of pods that may be unavailable simultaneously."),
    col("Allowed Disruptions", "integer", "Calculated number of pods that may be disrupted at this time."),
    AGE_COLUMN,
  ],
  cells(obj, now) {
    const spec = (obj.spec ?? {}) as { minAvailable?: unknown; maxUnavailable?: unknown };
    const status = (obj.status ?? {}) as { disruptionsAllowed?: number };
    return [obj.metadata.name, spec.minAvailable === undefined ? "N/A" : String(spec.minAvailable), spec.maxUnavailable === undefined ? "N/A" : String(spec.maxUnavailable), status.disruptionsAllowed ?? 0, since(obj.metadata.creationTimestamp, now)];
  },
};

interface HpaMetric {
  type?: string;
  resource?: { name?: string; target?: { type?: string; averageUtilization?: number; averageValue?: string } };
}

function hpaTargets(obj: KObject): string {
  const metrics = ((obj.spec as { metrics?: HpaMetric[] } | undefined)?.metrics ?? []);
  const current = ((obj.status as { currentMetrics?: Array<{ resource?: { name?: string; current?: { averageUtilization?: number; averageValue?: string } } }> } | undefined)?.currentMetrics ?? []);
  if (!metrics.length) return "<none>";
  return metrics.map((m) => {
    const name = m.resource?.name ?? m.type ?? "";
    const now = current.find((c) => c.resource?.name === name)?.resource?.current;
    if (m.resource?.target?.averageUtilization !== undefined) {
      return `${name}: ${now?.averageUtilization !== undefined ? `${now.averageUtilization}%` : "<unknown>"}/${m.resource.target.averageUtilization}%`;
    }
    return `${name}: ${now?.averageValue ?? "<unknown>"}/${m.resource?.target?.averageValue ?? "<unknown>"}`;
  }).join(", ");
}

export const hpaTable: TablePrinter = {
  columns: [
    NAME_COLUMN,
    col("Reference", "string", "Reference to the resource being autoscaled."),
    col("Targets", "string", "Current and target values of the metrics the autoscaler uses."),
    col("MinPods", "string", "Lower limit for the number of pods that can be set by the autoscaler, default 1."),
    col("MaxPods", "string", "Upper limit for the number of pods that can be set by the autoscaler; cannot be smaller than MinReplicas."),
    col("Replicas", "string", "Current number of replicas of pods managed by this autoscaler."),
    AGE_COLUMN,
  ],
  cells(obj, now) {
    const spec = (obj.spec ?? {}) as { scaleTargetRef?: { kind?: string; name?: string }; minReplicas?: number; maxReplicas?: number };
    const status = (obj.status ?? {}) as { currentReplicas?: number };
    return [obj.metadata.name, `${spec.scaleTargetRef?.kind}/${spec.scaleTargetRef?.name}`, hpaTargets(obj), spec.minReplicas ?? "<unset>", spec.maxReplicas ?? 0, status.currentReplicas ?? 0, since(obj.metadata.creationTimestamp, now)];
  },
};

export const endpointSliceTable: TablePrinter = {
  columns: [
    NAME_COLUMN,
    col("AddressType", "string", "The IP protocol for this slice"),
    col("Ports", "string", "The ports of the slice"),
    col("Endpoints", "string", "The endpoints of the slice"),
    AGE_COLUMN,
  ],
  cells(obj, now) {
    const ports = ((obj.ports as Array<{ port?: number }> | undefined) ?? []).map((p) => (p.port === undefined ? "<unset>" : String(p.port)));
    const addresses = ((obj.endpoints as Array<{ addresses: string[] }> | undefined) ?? []).flatMap((e) => e.addresses);
    const shown = addresses.length > 3 ? `${addresses.slice(0, 3).join(",")} + ${addresses.length - 3} more...` : addresses.join(",") || "<unset>";
    return [obj.metadata.name, obj.addressType, ports.length ? ports.join(",") : "<unset>", shown, since(obj.metadata.creationTimestamp, now)];
  },
};
