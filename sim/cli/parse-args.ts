// Command-line flags of `npm run sim`.
import { parseSeed } from "../seed/seeds";

export interface SimArgs {
  port: number;
  kubeconfig?: string;
  name: string;
  seed: string;
  state?: string;
  timeScale: number;
}

export const USAGE = "usage: npm run sim -- --port 6443 --kubeconfig <file> [--name staging] [--seed demo|empty|production|scale:<namespaces>x<services>] [--state <dir>] [--time-scale N]";

export function parseArgs(argv: string[]): SimArgs {
  const args: SimArgs = { port: 6443, name: "sim", seed: "empty", timeScale: 1 };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const [key, inline] = flag.includes("=") ? [flag.slice(0, flag.indexOf("=")), flag.slice(flag.indexOf("=") + 1)] : [flag, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${key} needs a value\n${USAGE}`);
      return v;
    };
    switch (key) {
      case "--port": {
        const port = Number(value());
        if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be 0-65535\n${USAGE}`);
        args.port = port;
        break;
      }
      case "--kubeconfig": args.kubeconfig = value(); break;
      case "--name": args.name = value(); break;
      case "--seed": args.seed = parseSeed(value()); break;
      case "--state": args.state = value(); break;
      case "--time-scale": {
        const scale = Number(value());
        if (!(scale > 0)) throw new Error(`--time-scale must be a positive number\n${USAGE}`);
        args.timeScale = scale;
        break;
      }
      case "--help":
      case "-h":
        throw new Error(USAGE);
      default:
        throw new Error(`unknown flag ${flag}\n${USAGE}`);
    }
  }
  if (!/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(args.name)) throw new Error(`--name must be a DNS label (lowercase letters, digits, "-")`);
  return args;
}
