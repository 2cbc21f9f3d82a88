import { Facts } from "@/components/ui/facts";
import { formatBytes, formatCpu } from "@/lib/kube/quantity";
import type { ClusterResourcesDto } from "@/lib/resources/types";

const share = (part: number, whole: number) => (whole > 0 ? ` (${Math.round((part / whole) * 100)} %)` : "");

/** What the cluster offers, what running pods reserve, how much of it branch environments hold, and the waste shown. */
export function OverviewSummary({ data }: { data: ClusterResourcesDto }) {
  const waste = data.namespaces.reduce((t, n) => ({ cpu: t.cpu + n.waste.cpu, memory: t.memory + n.waste.memory }), { cpu: 0, memory: 0 });
  const { allocatable: a, requested: r, branchRequested: b } = data;
  return (
    <Facts
      items={[
        { label: "Nodes offer", value: <span className="tabular-nums">{formatCpu(a.cpu)} CPU · {formatBytes(a.memory)}</span> },
        { label: "Pods request", value: <span className="tabular-nums">{formatCpu(r.cpu)} CPU{share(r.cpu, a.cpu)} · {formatBytes(r.memory)}{share(r.memory, a.memory)}</span> },
        { label: "Branch environments request (of all requests)", value: <span className="tabular-nums">{formatCpu(b.cpu)} CPU{share(b.cpu, r.cpu)} · {formatBytes(b.memory)}{share(b.memory, r.memory)}</span> },
        { label: "Reserved for nothing (shown rows)", value: <span className="tabular-nums">{formatCpu(Math.round(waste.cpu))} CPU · {formatBytes(waste.memory)}</span> },
      ]}
    />
  );
}
