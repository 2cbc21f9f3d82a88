// Kubernetes object name rules (apimachinery validation), checked before anything reaches a
// cluster. Pure: routes, pages and tests share it.

const dns1123Label = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const dns1123Subdomain = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/** Namespaces, Services and cluster names in Pier: a DNS-1123 label of at most 63 characters. */
export function isDnsLabel(name: string): boolean {
  return name.length <= 63 && dns1123Label.test(name);
}

/** Most other objects (Deployments, Pods): a DNS-1123 subdomain of at most 253 characters. */
export function isDnsSubdomain(name: string): boolean {
  return name.length <= 253 && dns1123Subdomain.test(name);
}
