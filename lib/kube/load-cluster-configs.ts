import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import { KubeConfig } from "@kubernetes/client-node";
import { parse } from "yaml";
import type { Env } from "@/lib/env-schema";
import { clustersFileSchema, type ClusterConfig } from "./cluster-config-schema";

// Which clusters Pier shows: the PIER_CLUSTERS file, else the embedded clusters `npm start`
// wrote, else every context of KUBECONFIG. No server-only: scripts and tests call it too.

type ClusterEnv = Pick<Env, "PIER_CLUSTERS" | "PIER_EMBEDDED_CLUSTERS" | "KUBECONFIG">;

/** Reads a clusters file; relative kubeconfig paths are relative to the file. Throws naming the file. */
export function readClustersFile(file: string): ClusterConfig[] {
  let parsed: unknown;
  try {
    parsed = parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(`cannot read the clusters file ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const result = clustersFileSchema.safeParse(parsed);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join(".") || "(file)"}: ${i.message}`).join("; ");
    throw new Error(`invalid clusters file ${file}: ${problems}`);
  }
  const dir = path.dirname(path.resolve(file));
  return result.data.clusters.map((c) => (c.kubeconfig ? { ...c, kubeconfig: path.resolve(dir, c.kubeconfig) } : c));
}

/** A context name as a cluster name in URLs: a DNS label ("arn:aws:eks:.../prod" -> "arn-aws-eks-prod"). */
export function clusterNameForContext(context: string): string {
  const name = context.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 63).replace(/-+$/, "");
  return name || "cluster";
}

/** Every context of the kubeconfig files (colon-separated, like kubectl); "prod" in a name marks production. */
export function clustersFromKubeconfig(files: string): ClusterConfig[] {
  const seen = new Set<string>();
  const clusters: ClusterConfig[] = [];
  for (const file of files.split(path.delimiter).filter(Boolean)) {
    const kc = new KubeConfig();
    kc.loadFromFile(file);
    for (const context of kc.getContexts()) {
      const name = clusterNameForContext(context.name);
      if (seen.has(name)) continue;
      seen.add(name);
      const environment = /prod/i.test(context.name) ? "production" : "staging";
      clusters.push({ name, displayName: context.name, environment, kubeconfig: path.resolve(file), context: context.name, inCluster: false });
    }
  }
  return clusters;
}

export function loadClusterConfigs(env: ClusterEnv): ClusterConfig[] {
  if (env.PIER_CLUSTERS) return readClustersFile(env.PIER_CLUSTERS);
  if (env.PIER_EMBEDDED_CLUSTERS) return readClustersFile(env.PIER_EMBEDDED_CLUSTERS);
  if (env.KUBECONFIG) return clustersFromKubeconfig(env.KUBECONFIG);
  return [];
}
