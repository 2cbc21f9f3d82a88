import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { isProcessAlive } from "@/lib/os/is-process-alive";

// Two processes opening the same PGlite data directory would corrupt it, so the owner keeps a
// small lock file next to it (`<dataDir>.lock`) naming its pid and, once listening, its URL.
// A lock whose pid is gone (the owner was killed with -9) is stale and taken over.

export interface LockInfo {
  pid: number;
  url?: string;
}

export class DataDirBusyError extends Error {
  constructor(
    readonly dataDir: string,
    readonly owner: LockInfo,
  ) {
    super(
      `The embedded PostgreSQL data directory ${dataDir} is in use by process ${owner.pid}` +
        (owner.url ? ` (serving ${owner.url}); connect to it with DATABASE_URL=${owner.url}` : "") +
        `, or stop that process first (if it is not Pier's, delete ${lockPathFor(dataDir)}).`,
    );
    this.name = "DataDirBusyError";
  }
}

export function lockPathFor(dataDir: string): string {
  return `${path.resolve(dataDir)}.lock`;
}


/** The live owner of the data directory, or undefined when free (or the lock is stale). */
export async function readLiveLock(dataDir: string): Promise<LockInfo | undefined> {
  let info: LockInfo;
  try {
    info = JSON.parse(await readFile(lockPathFor(dataDir), "utf8")) as LockInfo;
  } catch {
    return undefined;
  }
  return Number.isInteger(info.pid) && isProcessAlive(info.pid) ? info : undefined;
}

/** Takes the lock for this process; throws DataDirBusyError when a live process holds it. */
export async function acquireDataDirLock(dataDir: string): Promise<{
  publish(url: string): Promise<void>;
  release(): Promise<void>;
}> {
  const lockPath = lockPathFor(dataDir);
  await mkdir(path.dirname(lockPath), { recursive: true });
  const write = (info: LockInfo, flag: "wx" | "w") => writeFile(lockPath, JSON.stringify(info), { flag });
  for (let attempt = 1; ; attempt++) {
    try {
      await write({ pid: process.pid }, "wx");
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = await readLiveLock(dataDir);
      // A live owner, or another process that took over the same stale lock a moment ago.
      if (owner || attempt > 1) throw new DataDirBusyError(dataDir, owner ?? { pid: 0 });
      await rm(lockPath, { force: true });
    }
  }
  return {
    publish: (url) => write({ pid: process.pid, url }, "w"),
    async release() {
      const owner = await readLiveLock(dataDir);
      if (owner?.pid === process.pid) await rm(lockPath, { force: true });
    },
  };
}
