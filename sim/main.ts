// `npm run sim -- --port 6443 --kubeconfig <file> [...]`: one embedded cluster on 127.0.0.1
// until SIGINT or SIGTERM.
import { parseArgs } from "./cli/parse-args";
import { startCluster } from "./index";

async function main(): Promise<void> {
  let args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (err) {
    console.error((err as Error).message);
    process.exit(2);
  }
  const started = Date.now();
  const cluster = await startCluster({ name: args.name, port: args.port, seed: args.seed, stateDir: args.state, timeScale: args.timeScale, kubeconfigPath: args.kubeconfig });
  console.log(`embedded cluster "${cluster.name}" serving ${cluster.url} (seed ${args.seed}${args.state ? `, state in ${args.state}` : ""}, ${Date.now() - started} ms)`);
  if (cluster.kubeconfigPath) console.log(`kubeconfig: ${cluster.kubeconfigPath}  (kubectl --kubeconfig ${cluster.kubeconfigPath} get pods -A)`);
  else console.log("no --kubeconfig given: clients need the token, printed nowhere; pass --kubeconfig <file>");
  const shutdown = (signal: string) => {
    console.log(`${signal}: stopping`);
    cluster.stop().then(() => process.exit(0), (err: unknown) => {
      console.error(err);
      process.exit(1);
    });
  };
  process.once("SIGINT", () => shutdown("SIGINT"));
  process.once("SIGTERM", () => shutdown("SIGTERM"));
}

void main();
