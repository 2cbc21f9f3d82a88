import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { createMigrationAdapterFactory } from "./migration-adapter";
import { loadSchemaEngine, takePanicMessage, type SchemaEngine } from "./load-schema-engine";
import { readSchema, type PrismaProject } from "./migrations-directory";
import type { ShadowDatabase } from "./shadow-database";
import { explainEngineError } from "./engine-error";

// One schema-engine run: the engine bound to our adapter for `url` (and a shadow provider),
// created with the project's schema, always freed, with every pool and shadow closed after.

export interface EngineSessionOptions {
  /** Main database. The engine connects to it even for a migrations-to-schema diff. */
  url: string;
  project: PrismaProject;
  createShadow: () => Promise<ShadowDatabase>;
  /** Receives the engine's JSON log lines (debugging). */
  onLog?: (line: string) => void;
}

export async function withSchemaEngine<T>(
  options: EngineSessionOptions,
  run: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  const { SchemaEngine } = await loadSchemaEngine();
  const factory = createMigrationAdapterFactory(options.url, options.createShadow);
  const schema = await readSchema(options.project);
  const datamodels = schema.files.map((file): [string, string] => [file.path, file.content]);
  let engine: SchemaEngine | undefined;
  try {
    engine = await SchemaEngine.new(
      { datamodels },
      (line: string) => options.onLog?.(line),
      bindMigrationAwareSqlAdapterFactory(factory),
    );
    return await run(engine);
  } catch (error) {
    throw explainEngineError(error, takePanicMessage());
  } finally {
    engine?.free();
    await factory.closeAll();
  }
}
