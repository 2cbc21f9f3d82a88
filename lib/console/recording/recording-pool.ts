import "server-only";
import pg from "pg";
import { resolveDatabaseUrl } from "@/lib/db/client";
import { isEmbeddedDatabaseUrl } from "@/lib/db/database-url";

// The recorder's own connections to Pier's database, made once per process (and again if the
// database moves). Recording writes sit on every keystroke's round trip, twice (the key, then
// its echo): through Prisma's raw queries one commits in 0.8 ms (p95 3.9 ms) on our machines,
// through pg with a prepared statement in 0.4 ms (p95 0.7 ms). Everything else uses Prisma.

interface RecordingPool {
  url: string;
  pool: pg.Pool;
  /** Named statements are prepared once per connection; the embedded database serves every connection from one session, where a name cannot be prepared twice. */
  named: boolean;
}

const cache = globalThis as typeof globalThis & { pierRecordingPool?: RecordingPool };

function recordingPool(): RecordingPool {
  const url = resolveDatabaseUrl();
  if (cache.pierRecordingPool?.url !== url) {
    void cache.pierRecordingPool?.pool.end().catch(() => {});
    const embedded = isEmbeddedDatabaseUrl(url);
    const pool = new pg.Pool({ connectionString: url, max: embedded ? 1 : 4, connectionTimeoutMillis: 2_000 });
    pool.on("error", () => {}); // an idle connection dropped: the next write fails and says why
    cache.pierRecordingPool = { url, pool, named: !embedded };
  }
  return cache.pierRecordingPool;
}

/** Runs one recording statement, prepared under `name` where the database allows it. */
export function recordingQuery<R extends pg.QueryResultRow>(name: string, text: string, values: unknown[]): Promise<pg.QueryResult<R>> {
  const { pool, named } = recordingPool();
  return pool.query<R>(named ? { name, text, values } : { text, values });
}
