import "server-only";
import { getClusters } from "@/lib/kube/cluster-registry";
import { consoleSettings } from "../console-settings";
import { startConsoleHousekeeping } from "../housekeeping/run-console-housekeeping";
import { writeConsoleChunks } from "../recording/write-console-chunks";
import { createConsoleBridge, type ConsoleBridge } from "./create-console-bridge";

// What Pier's server (scripts/start/serve-next.ts) runs for consoles: the WebSocket bridge on
// the configured clusters, and the housekeeping pass (expired requests, lost sessions, orphaned
// pods, retention).

export function startConsoleBridge(): ConsoleBridge {
  const clusters = getClusters();
  const settings = consoleSettings();
  for (const runtime of clusters.list()) runtime.start(); // orphaned console pods are found in the pods cache
  const bridge = createConsoleBridge({ clusters, settings, write: writeConsoleChunks });
  const stopHousekeeping = startConsoleHousekeeping(clusters, settings);
  return {
    handleUpgrade: bridge.handleUpgrade,
    close() {
      stopHousekeeping();
      bridge.close();
    },
  };
}
