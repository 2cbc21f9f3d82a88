import { readFileSync } from "node:fs";
import path from "node:path";
import { AppsV1Api, CoreV1Api, KubeConfig } from "@kubernetes/client-node";

// The e2e server's embedded clusters (npm start in embedded mode, data under the scratch dir):
// client-node clients to change them as a developer would, and the test hooks of
// scripts/embedded-cluster.ts to take one down and bring it back.
const dataDir = path.resolve(process.env.PIER_TEST_SCRATCH ?? ".data/e2e", "pier-data", "clusters");

export function embeddedCluster(name: "staging" | "production") {
  const kc = new KubeConfig();
  kc.loadFromFile(path.join(dataDir, name, "kubeconfig"));
  const signal = (sig: "SIGUSR1" | "SIGUSR2") => process.kill(Number(readFileSync(path.join(dataDir, name, "pid"), "utf8")), sig);
  return {
    core: kc.makeApiClient(CoreV1Api),
    apps: kc.makeApiClient(AppsV1Api),
    /** The API server stops listening (open watches end), as if it crashed. */
    takeDown: () => signal("SIGUSR1"),
    /** The same cluster again, same port, state, token and CA. */
    bringBack: () => signal("SIGUSR2"),
  };
}
