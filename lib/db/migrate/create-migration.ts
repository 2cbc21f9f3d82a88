import { MigrationError } from "./engine-error";
import { withSchemaEngine } from "./engine-session";
import type { MigrationConnection } from "./apply-migrations";
import { listMigrations, prismaProject, readSchema, writeMigration } from "./migrations-directory";
import { probeDatabase } from "./probe-database";
import { createShadow } from "./shadow-database";

// `prisma migrate dev --name <name>` through the WebAssembly engine, in the order that works with
// it: apply the pending migrations, run the dev diagnostic (it replays the history into the shadow
// database and checks the database has not drifted), evaluate data loss, create the migration
// from the difference between the history and schema.prisma, write it, then apply it.

const NO_FILTERS = { externalTables: [], externalEnums: [] };

export interface CreateMigrationOptions extends MigrationConnection {
  /** Name given to the migration folder after its timestamp (e.g. "add_environments"). */
  name: string;
  /** Write the migration without applying it (it may then be empty, to fill in by hand). */
  createOnly?: boolean;
}

export interface CreateMigrationResult {
  /** Folder name of the new migration, or null when schema.prisma matches the history already. */
  created: string | null;
  /** Migrations applied to the database by this run (pending ones, then the new one). */
  applied: string[];
  /** Data-loss warnings for the new migration (e.g. dropping a column with data). */
  warnings: string[];
}

/** Lower-case letters, digits and underscores, like the names Prisma's CLI produces. */
export function normalizeMigrationName(name: string): string {
  const normalized = name.trim().toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_+|_+$/g, "");
  if (!normalized) throw new MigrationError(`"${name}" is not a usable migration name; use letters, digits and _.`);
  return normalized;
}

export async function createMigration(options: CreateMigrationOptions): Promise<CreateMigrationResult> {
  const project = options.project ?? prismaProject();
  const name = normalizeMigrationName(options.name);
  const { shadowKind } = await probeDatabase(options.url);
  const session = {
    url: options.url,
    project,
    onLog: options.onLog,
    createShadow: () => createShadow(shadowKind, options.url),
  };
  return withSchemaEngine(session, async (engine) => {
    const history = await listMigrations(project.migrationsDir);
    const { appliedMigrationNames: applied } = await engine.applyMigrations({ migrationsList: history, filters: NO_FILTERS });

    const diagnostic = await engine.devDiagnostic({ migrationsList: history, filters: NO_FILTERS });
    if (diagnostic.action.tag === "reset") {
      throw new MigrationError(
        `The database does not match the migration history, so no migration can be made from it:\n` +
          `${diagnostic.action.reason}\nReset that database (drop and create it again; for the embedded one, ` +
          "stop Pier and delete its data directory) and run the command again.",
      );
    }

    const schema = await readSchema(project);
    const loss = await engine.evaluateDataLoss({ migrationsList: history, schema, filters: NO_FILTERS });
    if (loss.unexecutableSteps.length > 0) {
      throw new MigrationError(
        "The migration cannot run on the data in this database:\n" +
          loss.unexecutableSteps.map((step) => `  - ${step.message}`).join("\n"),
      );
    }

    const made = await engine.createMigration({
      draft: options.createOnly ?? false,
      migrationName: name,
      migrationsList: history,
      schema,
      filters: NO_FILTERS,
    });
    const warnings = loss.warnings.map((warning) => warning.message);
    if (made.migrationScript === null) return { created: null, applied, warnings };

    await writeMigration(project.migrationsDir, {
      name: made.generatedMigrationName,
      script: made.migrationScript,
      extension: made.extension,
      connectorType: made.connectorType,
    });
    if (options.createOnly) return { created: made.generatedMigrationName, applied, warnings };

    const updated = await listMigrations(project.migrationsDir);
    const second = await engine.applyMigrations({ migrationsList: updated, filters: NO_FILTERS });
    return { created: made.generatedMigrationName, applied: [...applied, ...second.appliedMigrationNames], warnings };
  });
}
