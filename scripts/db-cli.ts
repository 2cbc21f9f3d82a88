import path from "node:path";
import { parseArgs } from "node:util";
import { DataDirBusyError } from "@/lib/db/embedded/data-dir-lock";
import { MigrationError } from "@/lib/db/migrate/engine-error";
import { EnvError } from "@/lib/env-schema";

// Shared plumbing of the db:* commands: flags, one clear line on expected failures (a stack only
// for the unexpected), and an explicit exit, since the WebAssembly engine can keep the event loop
// alive after it is freed.

const EXPECTED = [MigrationError, DataDirBusyError, EnvError];

export function readFlags(args: string[]) {
  return parseArgs({
    args,
    allowPositionals: true,
    options: {
      "prisma-dir": { type: "string" },
      "create-only": { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
}

export function runCommand(main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      const expected = EXPECTED.some((type) => error instanceof type);
      console.error(expected ? `Error: ${(error as Error).message}` : error);
      process.exit(1);
    },
  );
}

/** A path relative to the working directory when inside it, else absolute. */
export function shown(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith("..") && !path.isAbsolute(relative) ? relative : file;
}

export function seconds(since: number): string {
  return `${((performance.now() - since) / 1000).toFixed(1)} s`;
}
