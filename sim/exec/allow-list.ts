// What an exec may run. Exec starts real processes on the host, so the command is looked up in
// a fixed, virtual container filesystem, never on the host: argv[0] resolves like runc's
// exec.LookPath (the container's PATH, paths relative to its working directory, `..` folded),
// and only these virtual files exist:
//
//   /bin/{sh,cat,echo,env,ls,sleep,true,false} (and the same under /usr/bin)
//   /app/bin/rails, /usr/local/bundle/bin/rails   (working directory /app)
//
// Each maps to one host program, run with the arguments as an array (never through a shell):
//   sh              only `sh` (commands from stdin) or `sh -c SCRIPT [NAME [ARG...]]`: the script
//                   is arbitrary shell on the host, by design, as a container's shell would be
//   cat echo ls sleep true false   any arguments (file arguments are host paths: not a chroot)
//   env             -i, -u NAME, NAME=VALUE, then optionally a command that is itself looked up
//                   here (so `env -i bash` fails like a missing bash); other options are refused
//   rails           only `console`/`c` [--sandbox] [-e ENV]: runs Debian's irb as a stand-in
// Anything else exits like a container runtime's failed exec: 127 (not found), 126 (not
// executable), with the runtime's message.
import { posix } from "node:path";

export type Env = Record<string, string>;

export interface Launch {
  kind: "launch";
  /** The host program (absolute path). */
  file: string;
  args: string[];
  /** argv[0] as the program sees it. */
  argv0: string;
  env: Env;
  /** Written to stdout before the program starts (the Rails console's banner). */
  banner?: string;
}

export interface Refusal {
  kind: "refuse";
  exitCode: number;
  message: string;
  /** The runtime could not start anything (status message), rather than a program's usage error (stderr only). */
  runtime: boolean;
}

export type Plan = Launch | Refusal;

export interface ExecContext {
  env: Env;
  workdir: string;
  /** Absolute host path of a program (sh, cat, ..., irb), or undefined when not installed. */
  host(name: string): string | undefined;
}

export const DEFAULT_PATH = "/usr/local/bundle/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
export const DEFAULT_WORKDIR = "/app";

type Program = "sh" | "cat" | "echo" | "env" | "ls" | "sleep" | "true" | "false" | "rails";
const PLAIN: Program[] = ["cat", "echo", "ls", "sleep", "true", "false"];

const VIRTUAL_FILES = new Map<string, Program>([
  ...["/bin", "/usr/bin"].flatMap((dir) => (["sh", "env", ...PLAIN] as Program[]).map((p) => [`${dir}/${p}`, p] as const)),
  ["/app/bin/rails", "rails"], ["/usr/local/bundle/bin/rails", "rails"],
]);
const VIRTUAL_DIRS = new Set(["/", "/app", "/app/bin", "/bin", "/etc", "/home", "/root", "/tmp", "/usr", "/usr/bin", "/usr/local", "/usr/local/bin", "/usr/local/bundle", "/usr/local/bundle/bin", "/usr/sbin", "/sbin"]);

const refuse = (exitCode: number, message: string, runtime = false): Refusal => ({ kind: "refuse", exitCode, message, runtime });
const runtimeFailure = (exitCode: number, why: string) => refuse(exitCode, `OCI runtime exec failed: exec failed: unable to start container process: ${why}: unknown`, true);

type Lookup = { path: string; program: Program } | { exitCode: number; why: string };

/** exec.LookPath over the virtual filesystem. */
export function lookPath(name: string, env: Env, workdir: string): Lookup {
  if (name.includes("/")) {
    const path = posix.resolve(workdir, name);
    const program = VIRTUAL_FILES.get(path);
    if (program) return { path, program };
    if (VIRTUAL_DIRS.has(path)) return { exitCode: 126, why: `exec: "${name}": permission denied` };
    return { exitCode: 127, why: `exec: "${name}": stat ${name}: no such file or directory` };
  }
  if (name) {
    for (const dir of (env.PATH ?? DEFAULT_PATH).split(":")) {
      const path = posix.resolve(workdir, dir || ".", name);
      const program = VIRTUAL_FILES.get(path);
      if (program) return { path, program };
    }
  }
  return { exitCode: 127, why: `exec: "${name}": executable file not found in $PATH` };
}

function launch(ctx: ExecContext, program: string, argv0: string, args: string[], env: Env, banner?: string): Plan {
  const file = ctx.host(program);
  if (!file) return runtimeFailure(127, `exec: "${argv0}": the host has no ${program} for the embedded cluster to run${program === "irb" ? " (install Debian's ruby)" : ""}`);
  return { kind: "launch", file, args, argv0, env, ...(banner ? { banner } : {}) };
}

function planSh(argv: string[], ctx: ExecContext): Plan {
  const args = argv.slice(1);
  if (args.length === 0 || args[0] === "-c") return launch(ctx, "sh", argv[0]!, args, ctx.env);
  return refuse(2, `sh: only "sh" and "sh -c SCRIPT [NAME [ARG...]]" run in the embedded cluster\n`);
}

/** GNU env's options that cannot run anything: -i, -u NAME; then NAME=VALUE pairs; then a command. */
function planEnv(argv: string[], ctx: ExecContext): Plan {
  let env: Env = { ...ctx.env };
  let i = 1;
  const usage = (text: string) => refuse(125, `env: ${text}\nTry 'env --help' for more information.\n`);
  for (; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--") {
      i++;
      break;
    }
    if (arg === "-i" || arg === "-" || arg === "--ignore-environment") env = {};
    else if (arg === "-u" || arg === "--unset") {
      const name = argv[++i];
      if (name === undefined) return usage(`option requires an argument -- 'u'`);
      delete env[name];
    } else if (arg.startsWith("--unset=")) delete env[arg.slice(8)];
    else if (/^-u./.test(arg)) delete env[arg.slice(2)];
    else if (arg.startsWith("--")) return usage(`unrecognized option '${arg}'`);
    else if (arg.startsWith("-")) return usage(`invalid option -- '${arg[1]}'`);
    else break;
  }
  for (; i < argv.length && argv[i]!.includes("=") && !argv[i]!.startsWith("="); i++) {
    const arg = argv[i]!;
    env[arg.slice(0, arg.indexOf("="))] = arg.slice(arg.indexOf("=") + 1);
  }
  const rest = argv.slice(i);
  if (!rest.length) return launch(ctx, "env", argv[0]!, [], env);
  // execvp's search path when PATH is unset (env -i).
  const found = lookPath(rest[0]!, { PATH: "/bin:/usr/bin", ...env }, ctx.workdir);
  if ("why" in found) return refuse(found.exitCode, `env: '${rest[0]}': ${found.exitCode === 126 ? "Permission denied" : "No such file or directory"}\n`);
  return planProgram(found.program, rest, { ...ctx, env });
}

/** `rails console` as the Rails command does it, with irb in place of the app's console. */
function planRails(argv: string[], ctx: ExecContext): Plan {
  const [sub, ...options] = argv.slice(1);
  if (sub !== "console" && sub !== "c") {
    return refuse(1, `Unrecognized command "${sub ?? ""}" (Rails::Command::UnrecognizedCommandError)\nOnly "rails console" runs in the embedded cluster (irb stands in for it).\n`);
  }
  let environment = ctx.env.RAILS_ENV || "development";
  let sandbox = false;
  for (let i = 0; i < options.length; i++) {
    const opt = options[i]!;
    if (opt === "--sandbox" || opt === "-s") sandbox = true;
    else if ((opt === "-e" || opt === "--environment") && options[i + 1] !== undefined) environment = options[++i]!;
    else if (opt.startsWith("--environment=")) environment = opt.slice(14);
    else return refuse(1, `invalid option: ${opt} (OptionParser::InvalidOption)\n`);
  }
  const banner = `Loading ${environment} environment (Rails 7.2.1)\n${sandbox ? "Any modifications you make will be rolled back on exit\n" : ""}`;
  return launch(ctx, "irb", "irb", [], { ...ctx.env, RAILS_ENV: environment }, banner);
}

function planProgram(program: Program, argv: string[], ctx: ExecContext): Plan {
  if (program === "sh") return planSh(argv, ctx);
  if (program === "env") return planEnv(argv, ctx);
  if (program === "rails") return planRails(argv, ctx);
  return launch(ctx, program, argv[0]!, argv.slice(1), ctx.env);
}

/** The plan for an exec's command (argv as the request gave it). */
export function planCommand(argv: string[], ctx: ExecContext): Plan {
  if (!argv.length) return runtimeFailure(127, `exec: "": executable file not found in $PATH`);
  if (argv.some((a) => a.includes("\0"))) return runtimeFailure(126, `exec: "${argv[0]!.replace(/\0/g, "\\x00")}": invalid argument`);
  const found = lookPath(argv[0]!, ctx.env, ctx.workdir);
  if ("why" in found) return runtimeFailure(found.exitCode, found.why);
  return planProgram(found.program, argv, ctx);
}
