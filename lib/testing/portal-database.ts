import { getPrisma } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrate/apply-migrations";
import { createTemporaryDatabase } from "@/lib/db/testing/temporary-database";
import { env } from "@/lib/env";

// For integration tests of portal code: a fresh, migrated database that getPrisma() then uses
// (the parsed environment is pointed at it; test-only), dropped by `drop()`.

export interface PortalDatabase {
  url: string;
  drop(): Promise<void>;
}

/** `serverUrl`: a PostgreSQL server to make it on; default DATABASE_URL, else an in-memory PGlite. */
export async function createPortalDatabase(serverUrl: string | undefined = process.env.DATABASE_URL): Promise<PortalDatabase> {
  const database = await createTemporaryDatabase(serverUrl);
  await applyMigrations(database.url);
  (env as { DATABASE_URL?: string }).DATABASE_URL = database.url;
  return {
    url: database.url,
    drop: async () => {
      await getPrisma().$disconnect();
      await database.drop();
    },
  };
}
