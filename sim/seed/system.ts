// What every cluster has before anyone deploys: the system namespaces, the `kubernetes`
// Service, and per namespace its default ServiceAccount and root CA ConfigMap.
import type { SeedWriter } from "./seed-writer";

export function seedNamespace(w: SeedWriter, name: string, ago: number, meta: { labels?: Record<string, string>; annotations?: Record<string, string> } = {}): void {
  const created = w.time(ago);
  w.put("namespaces", { metadata: { name, ...meta } }, created, false);
  w.put("serviceaccounts", { metadata: { name: "default", namespace: name } }, created);
  w.put("configmaps", {
    metadata: { name: "kube-root-ca.crt", namespace: name, annotations: { "kubernetes.io/description": "Contains a CA bundle that can be used to verify the kube-apiserver when using internal endpoints such as the internal service IP or kubernetes.default.svc. No other usage is guaranteed across distributions of Kubernetes clusters." } },
    data: { "ca.crt": "-----BEGIN CERTIFICATE-----\nMIIBdzCCAR2gAwIBAgIBADAKBggqhkjOPQQDAjAjMSEwHwYDVQQDDBhwaWVyLXNp\n-----END CERTIFICATE-----\n" },
  }, created);
}

export function seedSystem(w: SeedWriter): void {
  const ago = 30 * 24 * 3600_000;
  for (const ns of ["default", "kube-system", "kube-public", "kube-node-lease"]) seedNamespace(w, ns, ago);
  const created = w.time(ago);
  w.put("services", {
    metadata: { name: "kubernetes", namespace: "default", labels: { component: "apiserver", provider: "kubernetes" } },
    spec: { clusterIP: "10.96.0.1", ports: [{ name: "https", port: 443, targetPort: 6443, protocol: "TCP" }] },
  }, created);
  w.put("endpoints", {
    metadata: { name: "kubernetes", namespace: "default", labels: { "endpointslice.kubernetes.io/skip-mirror": "true" } },
    subsets: [{ addresses: [{ ip: "127.0.0.1" }], ports: [{ name: "https", port: 6443, protocol: "TCP" }] }],
  }, created);
  w.put("endpointslices.discovery.k8s.io", {
    metadata: { name: "kubernetes", namespace: "default", labels: { "kubernetes.io/service-name": "kubernetes", "endpointslice.kubernetes.io/managed-by": "endpointslice-controller.k8s.io" } },
    addressType: "IPv4", endpoints: [{ addresses: ["127.0.0.1"], conditions: { ready: true } }], ports: [{ name: "https", port: 6443, protocol: "TCP" }],
  }, created);
}
