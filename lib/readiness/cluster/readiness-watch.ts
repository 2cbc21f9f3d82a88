import type { CacheName } from "@/lib/kube/cluster-caches";
import type { ClusterRuntime, ClusterStatus } from "@/lib/kube/cluster-runtime";
import type { AutoscalerRecord } from "@/lib/kube/kinds/autoscalers";
import type { DisruptionBudgetRecord } from "@/lib/kube/kinds/disruption-budgets";
import type { WorkloadRecord } from "@/lib/kube/kinds/workloads";

// The production objects readiness reads: one namespace's Deployments, StatefulSets, PDBs and
// HPAs, straight from the cluster runtime's shared watch caches (PDBs and HPAs started on first
// use), and their changes from the runtime's change hub.

export interface ServiceObjects {
  workload: WorkloadRecord | null;
  disruptionBudgets: DisruptionBudgetRecord[];
  autoscalers: AutoscalerRecord[];
}

const readCaches = ["deployments", "statefulSets", "disruptionBudgets", "autoscalers"] as const satisfies CacheName[];

export class ReadinessWatch {
  constructor(
    readonly runtime: ClusterRuntime,
    readonly namespace: string,
  ) {}

  get cluster(): string {
    return this.runtime.name;
  }

  start(): this {
    this.runtime.use("disruptionBudgets", "autoscalers");
    return this;
  }

  /** Called when the watched objects of the namespace (or the caches' reachability) changed. */
  onChange(listener: () => void): () => void {
    this.start();
    let last = this.fingerprint();
    return this.runtime.changes.subscribe((batch) => {
      if (!batch.statusChanged && !batch.namespaces.includes(this.namespace)) return;
      // The batch says which namespaces changed, not which kinds: pods churning is no change here.
      const now = this.fingerprint();
      if (now === last) return;
      last = now;
      listener();
    });
  }

  status(): ClusterStatus {
    return this.runtime.status(readCaches);
  }

  /** Resolves once every cache read here listed (or the cluster proved unreachable, or time ran out). */
  whenSettled(timeoutMs: number): Promise<ClusterStatus> {
    this.start();
    return this.runtime.whenSettled(timeoutMs, readCaches);
  }

  /** The Deployments and StatefulSets of the namespace: the services readiness knows. */
  workloads(): WorkloadRecord[] {
    const { deployments, statefulSets } = this.runtime.caches;
    const byName = new Map<string, WorkloadRecord>();
    for (const w of [...statefulSets.list(this.namespace), ...deployments.list(this.namespace)]) byName.set(w.name, w);
    return [...byName.values()].sort((a, b) => a.name.localeCompare(b.name));
  }

  objectsOf(service: string): ServiceObjects {
    const { deployments, statefulSets, disruptionBudgets, autoscalers } = this.runtime.caches;
    return {
      workload: deployments.get(this.namespace, service) ?? statefulSets.get(this.namespace, service) ?? null,
      disruptionBudgets: disruptionBudgets.list(this.namespace),
      autoscalers: autoscalers.list(this.namespace),
    };
  }

  private fingerprint(): string {
    const versions = readCaches.flatMap((name) => this.runtime.caches[name].list(this.namespace).map((o) => o.resourceVersion));
    return `${this.status().state} ${versions.join(",")}`;
  }
}
