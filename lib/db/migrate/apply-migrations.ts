import { probeDatabase } from "./probe-database";
import { createShadow } from "./shadow-database";
import { withSchemaEngine } from "./engine-session";
import { listMigrations, prismaProject, type PrismaProject } from "./migrations-directory";

// `prisma migrate deploy` through the WebAssembly engine: applies every migration folder not yet
// recorded in `_prisma_migrations` (the engine writes that table, checksums included). Running it
// again applies nothing. Used by `npm run db:migrate`, the start script and the tests.

export interface MigrationConnection {
  /** postgresql:// URL of the database to migrate (a real server or the embedded one). */
  url: string;
  /** Schema and migrations to use; this repository's prisma/ folder by default. */
  project?: PrismaProject;
  onLog?: (line: string) => void;
}

/** Applies pending migrations to the database at `target` (a URL, or a URL with options). */
export async function applyMigrations(target: string | MigrationConnection): Promise<{ applied: string[] }> {
  const connection = typeof target === "string" ? { url: target } : target;
  const project = connection.project ?? prismaProject();
  const migrationsList = await listMigrations(project.migrationsDir);
  const { shadowKind } = await probeDatabase(connection.url);
  return withSchemaEngine(
    {
      url: connection.url,
      project,
      onLog: connection.onLog,
      // Applying never needs a shadow database; if the engine ever asks, give it the right kind.
      createShadow: () => createShadow(shadowKind, connection.url),
    },
    async (engine) => {
      const { appliedMigrationNames } = await engine.applyMigrations({
        migrationsList,
        filters: { externalTables: [], externalEnums: [] },
      });
      return { applied: appliedMigrationNames };
    },
  );
}
