import path from "node:path";
import { parseEnv } from "../env-schema";

// The database settings of a command-line tool, read from the environment it was given (scripts
// pass process.env; lib code never reads it). Validated by the same schema as the portal's.

export interface DatabaseSettings {
  /** DATABASE_URL when set. */
  databaseUrl?: string;
  /** Data directory of the embedded database: `<PIER_DATA_DIR>/postgres`. */
  embeddedDataDir: string;
}

export function databaseSettings(source: Record<string, string | undefined>): DatabaseSettings {
  const env = parseEnv(source);
  return { databaseUrl: env.DATABASE_URL, embeddedDataDir: path.resolve(env.PIER_DATA_DIR, "postgres") };
}
