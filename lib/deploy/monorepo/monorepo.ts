import { existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { buildExampleMonorepo } from "./build-example-monorepo";
import { runGit } from "./run-git";

// Where Pier reads the monorepo: a local repository as it is, a URL through a bare mirror that
// is fetched on demand (at most every few seconds, one fetch at a time), or the embedded demo's
// example. No server-only: the bench and tests open one too.

export interface Monorepo {
  /** A directory git can read (`git -C dir ...`). */
  dir: string;
  /** Brings the mirror up to date with its remote; nothing for a local repository. */
  refresh(): Promise<void>;
}

export interface MonorepoSource {
  /** PIER_MONOREPO: a path or a URL; unset = the example (embedded mode only). */
  source?: string;
  dataDir: string;
  embedded: boolean;
  /** Folder of the example's history (content/monorepo). */
  exampleDir: string;
}

export class MonorepoUnavailableError extends Error {}

const REFRESH_MS = 2_000;
const isUrl = (source: string) => /^[a-z][a-z0-9+.-]*:\/\//i.test(source) || /^[\w.-]+@[\w.-]+:/.test(source);

async function openMirror(url: string, dir: string): Promise<Monorepo> {
  if (!existsSync(dir)) {
    mkdirSync(path.dirname(dir), { recursive: true });
    const work = `${dir}.cloning-${process.pid}`;
    rmSync(work, { recursive: true, force: true });
    await runGit(path.dirname(dir), ["clone", "-q", "--mirror", url, work]);
    if (!existsSync(dir)) renameSync(work, dir);
    else rmSync(work, { recursive: true, force: true });
  }
  let last = 0;
  let running: Promise<void> | undefined;
  return {
    dir,
    refresh() {
      if (running) return running;
      if (Date.now() - last < REFRESH_MS) return Promise.resolve();
      running = runGit(dir, ["fetch", "-q", "--prune", "origin"])
        .then(() => void (last = Date.now()))
        .finally(() => (running = undefined));
      return running;
    },
  };
}

export async function openMonorepo(settings: MonorepoSource): Promise<Monorepo> {
  const { source } = settings;
  if (!source) {
    if (!settings.embedded) throw new MonorepoUnavailableError("deploying needs the monorepo: set PIER_MONOREPO to its path or URL");
    return { dir: await buildExampleMonorepo(settings.exampleDir, path.resolve(settings.dataDir, "monorepo")), refresh: async () => {} };
  }
  if (isUrl(source)) return openMirror(source, path.resolve(settings.dataDir, "monorepo-mirror.git"));
  const dir = path.resolve(source);
  await runGit(dir, ["rev-parse", "--git-dir"]).catch((error: Error) => {
    throw new MonorepoUnavailableError(`PIER_MONOREPO ${dir} is not a git repository (${error.message})`);
  });
  return { dir, refresh: async () => {} };
}
