import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { stringify } from "yaml";
import { isEmbeddedMode, type Env } from "@/lib/env-schema";
import type { ClustersFile } from "@/lib/kube/cluster-config-schema";
import { startChild } from "./child-processes";
import { log } from "./log";

// Embedded mode: no cluster configured, so Pier runs two of its own (staging with branch
// environments, production with `production`) and hands Pier a clusters file naming them.
const embedded = [
  { name: "staging", displayName: "Staging (embedded)", environment: "staging", seed: "demo" },
  { name: "production", displayName: "Production (embedded)", environment: "production", seed: "production" },
] as const;

/** Starts the embedded clusters when none is configured; returns the clusters file to use, if any. */
export async function provideEmbeddedClusters(env: Env, root: string, timeScale: string): Promise<string | undefined> {
  if (!isEmbeddedMode(env)) return undefined;
  const base = path.resolve(root, env.PIER_DATA_DIR, "clusters");
  const started = await Promise.all(
    embedded.map((c) =>
      startChild<{ url: string; kubeconfig: string }>(
        `cluster ${c.name}`,
        "scripts/embedded-cluster.ts",
        ["--name", c.name, "--seed", c.seed, "--dir", path.join(base, c.name), "--time-scale", timeScale],
        root,
      ),
    ),
  );
  const file: ClustersFile = {
    clusters: embedded.map((c, i) => ({
      name: c.name,
      displayName: c.displayName,
      environment: c.environment,
      kubeconfig: started[i]!.kubeconfig,
      inCluster: false,
    })),
  };
  mkdirSync(base, { recursive: true });
  const clustersFile = path.join(base, "clusters.yaml");
  writeFileSync(clustersFile, `# Written by npm start for the embedded clusters; not for editing.\n${stringify(file)}`);
  for (const [i, c] of embedded.entries()) log.info(`embedded cluster ${c.name} on ${started[i]!.url}`);
  return clustersFile;
}
