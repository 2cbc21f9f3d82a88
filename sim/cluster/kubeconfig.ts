// The kubeconfig a cluster writes for its clients: HTTPS with the cluster's own CA (or, for a
// plain-HTTP cluster, insecure-skip-tls-verify, without which client-node refuses http://),
// and a bearer token.
import { stringify } from "yaml";

export function kubeconfigYaml(name: string, url: string, token: string, caPem?: string): string {
  const cluster = caPem
    ? { server: url, "certificate-authority-data": Buffer.from(caPem).toString("base64") }
    : { server: url, "insecure-skip-tls-verify": true };
  return stringify({
    apiVersion: "v1",
    kind: "Config",
    clusters: [{ name, cluster }],
    users: [{ name: `${name}-admin`, user: { token } }],
    contexts: [{ name, context: { cluster: name, user: `${name}-admin`, namespace: "default" } }],
    "current-context": name,
    preferences: {},
  });
}
