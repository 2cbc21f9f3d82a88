// tsx scripts/embedded-cluster.ts --name <n> --seed <seed> --dir <dir> [--time-scale N]
// One embedded cluster as a child of the start supervisor: state and kubeconfig under <dir>,
// one JSON line {"name","url","kubeconfig"} on stdout when ready, stops with the supervisor
// (which ends its exec processes). It serves usage (metrics.k8s.io, /metrics/cadvisor,
// /sim/usage), logs and exec: see sim/README.md.
// With PIER_EMBEDDED_TEST_HOOKS=1 (end-to-end tests only) it writes <dir>/pid, and SIGUSR1 takes
// the cluster down (the port closes, as a crashed API server would) and SIGUSR2 brings it back on
// the same port with the same state, token and CA.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { defaultExtensions, startCluster, type RunningCluster } from "@/sim/index";
import { stopWithSupervisor } from "./start/stop-with-supervisor";

const { values } = parseArgs({
  options: {
    name: { type: "string" },
    seed: { type: "string", default: "empty" },
    dir: { type: "string" },
    "time-scale": { type: "string", default: "1" },
  },
});

async function main(): Promise<void> {
  if (!values.name || !values.dir) throw new Error("--name and --dir are required");
  const dir = path.resolve(values.dir);
  const kubeconfigPath = path.join(dir, "kubeconfig");
  const start = (port = 0) =>
    startCluster({
      name: values.name,
      seed: values.seed,
      port,
      stateDir: path.join(dir, "state"),
      kubeconfigPath,
      timeScale: Number(values["time-scale"]),
      // Each start gets fresh extension instances (their processes and timers end with stop()).
      extensions: defaultExtensions(),
    });
  let cluster: RunningCluster | undefined = await start();
  const port = cluster.port;
  stopWithSupervisor(() => cluster?.stop() ?? Promise.resolve());
  if (process.env.PIER_EMBEDDED_TEST_HOOKS === "1") {
    writeFileSync(path.join(dir, "pid"), String(process.pid));
    let busy = Promise.resolve();
    process.on("SIGUSR1", () => (busy = busy.then(async () => {
      await cluster?.stop();
      cluster = undefined;
    })));
    process.on("SIGUSR2", () => (busy = busy.then(async () => {
      cluster ??= await start(port);
    })));
  }
  console.log(JSON.stringify({ name: cluster.name, url: cluster.url, kubeconfig: kubeconfigPath }));
}

main().catch((error: unknown) => {
  console.error(`embedded-cluster: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
