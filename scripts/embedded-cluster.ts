// tsx scripts/embedded-cluster.ts --name <n> --seed <seed> --dir <dir> [--time-scale N]
// One embedded cluster as a child of the start supervisor: state and kubeconfig under <dir>,
// one JSON line {"name","url","kubeconfig"} on stdout when ready, stops with the supervisor.
import path from "node:path";
import { parseArgs } from "node:util";
import { startCluster } from "@/sim/index";
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
  const cluster = await startCluster({
    name: values.name,
    seed: values.seed,
    stateDir: path.join(dir, "state"),
    kubeconfigPath,
    timeScale: Number(values["time-scale"]),
  });
  stopWithSupervisor(() => cluster.stop());
  console.log(JSON.stringify({ name: cluster.name, url: cluster.url, kubeconfig: kubeconfigPath }));
}

main().catch((error: unknown) => {
  console.error(`embedded-cluster: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
