// Namespaces: every active namespace gets its `default` ServiceAccount and `kube-root-ca.crt`
// ConfigMap; a terminating one has all its content deleted, reports what remains in its
// conditions, then loses its "kubernetes" finalizer and disappears.
import type { StoreEvent } from "../store/stored-object";
import type { Namespace } from "../types/core";
import type { Condition } from "../types/meta";
import { Controller, keyOf } from "./controller-base";

const ROOT_CA = "-----BEGIN CERTIFICATE-----\nMIIBdzCCAR2gAwIBAgIBADAKBggqhkjOPQQDAjAjMSEwHwYDVQQDDBhwaWVyLXNp\nbS1zZXJ2ZXItY2FAMTcwMDAwMDAwMB4XDTI1MDEwMTAwMDAwMFoXDTM1MDEwMTAw\n-----END CERTIFICATE-----\n";

export class NamespaceController extends Controller {
  protected readonly primary = "namespaces";

  protected keysFor(event: StoreEvent): string[] {
    if (event.resource === "namespaces") return event.type === "DELETED" ? [] : [keyOf(event.object)];
    // Content going away moves a terminating namespace on.
    if (event.type === "DELETED" && event.object.namespace) {
      const ns = this.get<Namespace>("namespaces", "", event.object.namespace);
      if (ns?.metadata.deletionTimestamp) return [event.object.namespace];
    }
    return [];
  }

  protected reconcile(name: string): void {
    const ns = this.get<Namespace>("namespaces", "", name);
    if (!ns) return;
    if (ns.metadata.deletionTimestamp) return this.finalize(ns);
    if (!this.get("serviceaccounts", name, "default")) {
      this.create("serviceaccounts", { apiVersion: "v1", kind: "ServiceAccount", metadata: { name: "default", namespace: name } });
    }
    if (!this.get("configmaps", name, "kube-root-ca.crt")) {
      this.create("configmaps", {
        apiVersion: "v1", kind: "ConfigMap",
        metadata: { name: "kube-root-ca.crt", namespace: name, annotations: { "kubernetes.io/description": "Contains a CA bundle that can be used to verify the kube-apiserver when using internal endpoints such as the internal service IP or kubernetes.default.svc. No other usage is guaranteed across distributions of Kubernetes clusters." } },
        data: { "ca.crt": ROOT_CA },
      });
    }
  }

  private finalize(ns: Namespace): void {
    const name = ns.metadata.name ?? "";
    // Finalizers forced away (PUT .../finalize): the namespace goes now, whatever is left in it,
    // as on a real cluster.
    if (!(ns.spec?.finalizers ?? []).includes("kubernetes")) {
      if (!(ns.metadata.finalizers ?? []).length) this.ctx.store.remove("namespaces", "", name);
      return;
    }
    const remaining = new Map<string, number>();
    for (const def of this.ctx.resources.defs.filter((d) => d.namespaced)) {
      const id = def.group ? `${def.resource}.${def.group}` : def.resource;
      for (const stored of this.ctx.store.list(id, name)) {
        remaining.set(id, (remaining.get(id) ?? 0) + 1);
        if (!stored.object.metadata.deletionTimestamp) this.remove(id, name, stored.name, { propagationPolicy: "Background" });
      }
    }
    const now = this.ctx.clock.nowRfc3339();
    const cond = (type: string, status: Condition["status"], reason: string, message: string): Condition => ({ type, status, lastTransitionTime: now, reason, message });
    const left = [...remaining.entries()].map(([id, n]) => `${id} has ${n} resource instances`).join(", ");
    const conditions = [
      cond("NamespaceDeletionDiscoveryFailure", "False", "ResourcesDiscovered", "All resources successfully discovered"),
      cond("NamespaceDeletionGroupVersionParsingFailure", "False", "ParsedGroupVersions", "All legacy kube types successfully parsed"),
      cond("NamespaceDeletionContentFailure", "False", "ContentDeleted", "All content successfully deleted, may be waiting on finalization"),
      remaining.size
        ? cond("NamespaceContentRemaining", "True", "SomeResourcesRemain", `Some resources are remaining: ${left}`)
        : cond("NamespaceContentRemaining", "False", "ContentRemoved", "All content successfully removed"),
      cond("NamespaceFinalizersRemaining", "False", "ContentHasNoFinalizers", "All content-preserving finalizers finished"),
    ];
    const current = this.get<Namespace>("namespaces", "", name)!;
    const previous = current.status?.conditions ?? [];
    for (const c of conditions) {
      const old = previous.find((p) => p.type === c.type);
      if (old && old.status === c.status && old.message === c.message) c.lastTransitionTime = old.lastTransitionTime;
    }
    this.update("namespaces", { ...current, status: { phase: "Terminating", conditions } }, true);
    if (remaining.size) {
      this.queue.addAfter(name, 1000);
      return;
    }
    // Content gone: the namespace's own finalizer goes, then the namespace.
    const latest = this.get<Namespace>("namespaces", "", name)!;
    if ((latest.metadata.finalizers ?? []).length === 0) this.ctx.store.remove("namespaces", "", name);
    else this.update("namespaces", { ...latest, spec: { finalizers: [] } });
  }
}
