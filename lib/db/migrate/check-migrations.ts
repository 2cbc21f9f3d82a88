import { withSchemaEngine, type EngineSessionOptions } from "./engine-session";
import { listMigrations, prismaProject, readSchema, type PrismaProject } from "./migrations-directory";
import { probeDatabase } from "./probe-database";
import { IN_MEMORY, startEmbeddedPostgres } from "../embedded-postgres";
import { createShadow } from "./shadow-database";

// `prisma migrate diff --from-migrations --to-schema-datamodel --exit-code`: replays the
// migrations into a shadow database and compares the result with schema.prisma. The shadow lives
// on the server of `url` when given (the main database itself is not changed). Without a server,
// one throwaway in-memory PGlite serves as both: the engine insists on connecting to a main
// database even for this diff, and an empty scratch one is as good as any.

export interface CheckResult {
  inSync: boolean;
  /** The SQL a new migration would contain (empty when in sync). */
  script: string;
}

export async function checkMigrations(options: { url?: string; project?: PrismaProject } = {}): Promise<CheckResult> {
  const project = options.project ?? prismaProject();
  if (options.url) {
    const url = options.url;
    const { shadowKind } = await probeDatabase(url);
    return diffMigrationsWithSchema({ url, project, createShadow: () => createShadow(shadowKind, url) });
  }
  const scratch = await startEmbeddedPostgres({ dataDir: IN_MEMORY });
  try {
    const shadow = { url: scratch.url, drop: async () => {} };
    return await diffMigrationsWithSchema({ url: scratch.url, project, createShadow: async () => shadow });
  } finally {
    await scratch.stop();
  }
}

async function diffMigrationsWithSchema(session: EngineSessionOptions): Promise<CheckResult> {
  return withSchemaEngine(session, async (engine) => {
    const migrations = await listMigrations(session.project.migrationsDir);
    const schema = await readSchema(session.project);
    // One diff only: each replays the migrations into the shadow, which is then no longer empty.
    const diff = await engine.diff({
      from: { tag: "migrations", ...migrations },
      to: { tag: "schemaDatamodel", ...schema },
      script: true,
      exitCode: true,
      filters: { externalTables: [], externalEnums: [] },
    });
    return { inSync: diff.exitCode === 0, script: diff.exitCode === 0 ? "" : (diff.stdout ?? "").trim() };
  });
}
