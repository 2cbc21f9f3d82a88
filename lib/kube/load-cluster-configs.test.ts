import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { clusterNameForContext, loadClusterConfigs } from "./load-cluster-configs";

const dir = mkdtempSync(path.join(tmpdir(), "pier-clusters-"));
const kubeconfig = (contexts: string[]) => `apiVersion: v1
kind: Config
clusters: [{ name: c, cluster: { server: "https://127.0.0.1:6443" } }]
users: [{ name: u, user: { token: t } }]
contexts: [${contexts.map((n) => `{ name: "${n}", context: { cluster: c, user: u } }`).join(", ")}]
current-context: ${contexts[0]}
`;

describe("loadClusterConfigs", () => {
  it("reads PIER_CLUSTERS first, resolving kubeconfig paths against the file", () => {
    const file = path.join(dir, "clusters.yaml");
    writeFileSync(file, "clusters:\n  - { name: staging, environment: staging, kubeconfig: kube/staging.yaml }\n");
    const [c] = loadClusterConfigs({ PIER_CLUSTERS: file, KUBECONFIG: "/ignored" });
    expect(c).toMatchObject({ name: "staging", environment: "staging", kubeconfig: path.join(dir, "kube/staging.yaml") });
  });

  it("names what is wrong in a clusters file", () => {
    const file = path.join(dir, "bad.yaml");
    writeFileSync(file, "clusters:\n  - { name: Staging, environment: qa, inCluster: true }\n");
    expect(() => loadClusterConfigs({ PIER_CLUSTERS: file })).toThrow(/clusters\.0\.name.*clusters\.0\.environment/s);
  });

  it("falls back to the embedded clusters, then to every KUBECONFIG context", () => {
    const file = path.join(dir, "kubeconfig");
    writeFileSync(file, kubeconfig(["kind-staging", "gke_acme_prod-eu"]));
    expect(loadClusterConfigs({ KUBECONFIG: file })).toMatchObject([
      { name: "kind-staging", environment: "staging", context: "kind-staging" },
      { name: "gke-acme-prod-eu", environment: "production", context: "gke_acme_prod-eu", displayName: "gke_acme_prod-eu" },
    ]);
    expect(loadClusterConfigs({})).toEqual([]);
  });

  it("turns any context name into a DNS label", () => {
    expect(clusterNameForContext("arn:aws:eks:eu-west-1:123:cluster/Prod")).toBe("arn-aws-eks-eu-west-1-123-cluster-prod");
    expect(clusterNameForContext("@@@")).toBe("cluster");
  });
});
